# Builds cases.csv for held-out set 5 (narrative). Texts are my own wording; figures from the pages in README.md.
import csv, json, unicodedata, os
def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
C = []
def add(kind, level, text, facts=()):
    C.append((kind, level, text, list(facts)))
R, N = "report", "news"

# --- Đà Bắc (Hòa Bình) năm 2024 (baohoabinh 10469 / 10461)
add(R,"huyen","Năm 2024, huyện Đà Bắc tiếp nhận 18.751 hồ sơ TTHC, trong đó cấp huyện 811 hồ sơ và cấp xã 17.940 hồ sơ; 99,8% số hồ sơ được giải quyết trước và đúng hạn.",
 [F(18751,"hồ sơ","tiếp nhận","huyen"),F(811,"hồ sơ","tiếp nhận cấp huyện","huyen"),F(17940,"hồ sơ","tiếp nhận cấp xã","xa"),F(99.8,"%","tỷ lệ giải quyết trước và đúng hạn","huyen")])
add(R,"huyen","Các mô hình thí điểm \"Ngày không giấy tờ\" và \"Giải quyết trong ngày\" tại hai xã Tú Lý, Cao Sơn đã xử lý 179 trường hợp; 71% hồ sơ của huyện đã được số hóa và khảo sát ghi nhận 100% người dân, doanh nghiệp hài lòng.",
 [F(179,"trường hợp","xử lý theo mô hình thí điểm","xa"),F(71,"%","tỷ lệ hồ sơ được số hóa","huyen"),F(100,"%","tỷ lệ hài lòng","huyen")])
# --- Đà Bắc quý I (baohoabinh 7442)
add(N,"huyen","Năm trước, huyện Đà Bắc đạt 91,72/100 điểm Chỉ số cải cách hành chính, đứng thứ 4 toàn tỉnh Hòa Bình.",
 [F(91.72,"điểm","Chỉ số cải cách hành chính","huyen")])
add(N,"huyen","Trong quý I, bộ phận một cửa của huyện tiếp nhận 132 hồ sơ hành chính, trong đó 48 hồ sơ đã được giải quyết trong thời hạn quy định.",
 [F(132,"hồ sơ","tiếp nhận","huyen"),F(48,"hồ sơ","giải quyết trong hạn","huyen")])
# --- Yên Thủy 2023 (baohoabinh 9179)
add(R,"huyen","Từ ngày 01/01 đến 22/11/2023, bộ phận một cửa cấp huyện và cấp xã của huyện Yên Thủy tiếp nhận 10.968 hồ sơ, trong đó 95,2% được giải quyết trước và đúng hạn.",
 [F(10968,"hồ sơ","tiếp nhận","huyen"),F(95.2,"%","tỷ lệ giải quyết trước và đúng hạn","huyen")])
add(R,"huyen","Hằng tháng, UBND huyện đánh giá cán bộ, công chức, viên chức bằng phiếu theo Nghị định số 90/2020/NĐ-CP của Chính phủ, làm căn cứ xếp loại cuối năm.")
# --- Kim Bôi (baohoabinh 4027)
add(R,"huyen","Từ đầu năm đến nay, bộ phận tiếp nhận và trả kết quả huyện Kim Bôi đã tiếp nhận, giải quyết 169 bộ hồ sơ TTHC của công dân, tổ chức.",
 [F(169,"hồ sơ","tiếp nhận, giải quyết","huyen")])
add(R,"huyen","Lĩnh vực tài chính - kế hoạch tiếp nhận 36 hồ sơ, đã giải quyết đúng hạn 34 hồ sơ, còn 2 hồ sơ đang giải quyết; lĩnh vực tài nguyên và môi trường tiếp nhận 62 hồ sơ, đã giải quyết 42 hồ sơ, 20 hồ sơ đang xử lý.",
 [F(36,"hồ sơ","tiếp nhận lĩnh vực tài chính - kế hoạch","huyen"),F(34,"hồ sơ","giải quyết đúng hạn lĩnh vực tài chính - kế hoạch","huyen"),F(2,"hồ sơ","đang giải quyết lĩnh vực tài chính - kế hoạch","huyen"),
  F(62,"hồ sơ","tiếp nhận lĩnh vực tài nguyên và môi trường","huyen"),F(42,"hồ sơ","đã giải quyết lĩnh vực tài nguyên và môi trường","huyen"),F(20,"hồ sơ","đang giải quyết lĩnh vực tài nguyên và môi trường","huyen")])
add(R,"huyen","Lĩnh vực lao động - thương binh và xã hội nhận 26 hồ sơ (đã giải quyết 16, đang giải quyết 10); lĩnh vực tư pháp nhận 23 hồ sơ, trong đó 21 hồ sơ đã có kết quả.",
 [F(26,"hồ sơ","tiếp nhận lĩnh vực lao động - thương binh và xã hội","huyen"),F(16,"hồ sơ","đã giải quyết lĩnh vực lao động - thương binh và xã hội","huyen"),F(10,"hồ sơ","đang giải quyết lĩnh vực lao động - thương binh và xã hội","huyen"),
  F(23,"hồ sơ","tiếp nhận lĩnh vực tư pháp","huyen"),F(21,"hồ sơ","đã giải quyết lĩnh vực tư pháp","huyen")])
# --- Nam Đàn 10/2023 (baonghean 10261810 / vietnam.vn)
add(R,"huyen","Hiện có 256 TTHC thuộc thẩm quyền của UBND huyện Nam Đàn được thực hiện theo cơ chế một cửa, một cửa liên thông; 118 TTHC cấp xã đã được cấu hình trên Hệ thống thông tin giải quyết TTHC của tỉnh.",
 [F(256,"TTHC","TTHC cấp huyện thực hiện theo cơ chế một cửa, một cửa liên thông","huyen"),F(118,"TTHC","TTHC cấp xã cấu hình trên hệ thống","xa")])
add(R,"huyen","Tỷ lệ hồ sơ nộp trực tuyến tại Bộ phận Một cửa huyện đạt trên 78%; 100% hồ sơ TTHC được cập nhật, công khai trên hệ thống.",
 [F(78,"%","tỷ lệ hồ sơ nộp trực tuyến","huyen",True,"BM7-6.4"),F(100,"%","tỷ lệ hồ sơ được cập nhật, công khai","huyen")])
add(N,"huyen","Sáng 06/10, Đoàn kiểm tra của Ban Chỉ đạo cải cách hành chính của Chính phủ do Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ) làm phó trưởng đoàn đã làm việc với UBND huyện Nam Đàn.")
# --- Nam Đàn 10/2022 (baonghean post260735)
add(N,"huyen","Chiều 26/10, Sở Nội vụ Nghệ An làm việc với UBND huyện Nam Đàn về kết quả kiểm tra công tác cải cách hành chính năm 2021 và 6 tháng đầu năm 2022.")
add(N,"huyen","Huyện ủy Nam Đàn đã ban hành nghị quyết chuyên đề về đẩy mạnh cải cách hành chính giai đoạn 2021 - 2025, tầm nhìn đến năm 2030.")
# --- Nam Giang, Nam Đàn (baonghean print 10285393)
add(N,"xa","Theo quy định, các thủ tục như cấp giấy xác nhận tình trạng hôn nhân, đăng ký lại khai tử được giải quyết trong 3 - 5 ngày, nhưng với mô hình \"Ngày không hẹn\", xã Nam Giang trả kết quả ngay trong buổi làm việc.")
# --- Phú Yên PAR 2024 (baophuyen b700e76)
add(N,"tinh","Chỉ số cải cách hành chính năm 2024 của tỉnh Phú Yên đạt 88,2%, cao hơn 2,81 điểm so với năm 2023, xếp thứ 36/63 và tăng 16 bậc.",
 [F(88.2,"%","Chỉ số cải cách hành chính","tinh")])
# --- Phú Yên 2016-2017 (vccinews 36042)
add(R,"tinh","Trong hai năm 2016 - 2017, UBND tỉnh Phú Yên đã rà soát 29 TTHC và ban hành 20 quyết định công bố 722 TTHC thuộc thẩm quyền giải quyết của các sở, ngành.",
 [F(29,"TTHC","rà soát","tinh"),F(20,"văn bản","quyết định công bố TTHC","tinh"),F(722,"TTHC","công bố thuộc thẩm quyền các sở, ngành","so_nganh")])
add(N,"tinh","Đến nay, 15 cơ quan, địa phương của tỉnh đã cắt giảm từ 30 - 50% thời gian giải quyết TTHC so với quy định.",
 [F(15,"đơn vị","cơ quan, địa phương đã cắt giảm thời gian giải quyết TTHC","tinh")])
add(N,"tinh","Chỉ số PCI của Phú Yên đã tăng từ vị trí thứ 55 năm 2015 lên thứ 37 năm 2017, còn chỉ số PAPI tăng 20 bậc, lên vị trí thứ 34.")
# --- Yên Bái 2020 (baoyenbai)
add(R,"tinh","Từ ngày 01/01 đến 05/3/2020, các cơ quan hành chính nhà nước của tỉnh Yên Bái đã phục vụ gần 130.000 lượt người dân và tiếp nhận 155.120 hồ sơ.",
 [F(130000,"lượt","người dân được phục vụ","tinh",True),F(155120,"hồ sơ","tiếp nhận","tinh")])
add(N,"tinh","Năm 2020, tỉnh phấn đấu tăng từ 4 đến 6 bậc để lọt vào nhóm 30 địa phương dẫn đầu về Chỉ số cải cách hành chính.")
# --- Lục Yên (thongtin them-viec-tang-trach-nhiem)
add(R,"xa","Tính đến cuối tháng 8/2025, Trung tâm Phục vụ hành chính công xã Lục Yên đã tiếp nhận hơn 8.000 hồ sơ, tỷ lệ giải quyết đạt trên 98%.",
 [F(8000,"hồ sơ","tiếp nhận","xa",True),F(98,"%","tỷ lệ giải quyết","xa",True)])
add(N,"xa","Về mức độ hài lòng của người dân, xã Lục Yên đạt tuyệt đối 18 điểm, xếp thứ 3 trong 99 xã, phường của tỉnh.",
 [F(18,"điểm","mức độ hài lòng của người dân","xa")])
# --- Sa Huỳnh (quangngai.gov.vn)
add(N,"xa","Từ ngày 01/7, Trung tâm Phục vụ hành chính công phường Sa Huỳnh đã tiếp nhận hơn 620 hồ sơ, khoảng 98% trong số đó được nộp trực tuyến; toàn bộ hồ sơ đều được giải quyết đúng hạn, đúng quy định.",
 [F(620,"hồ sơ","tiếp nhận","xa",True,"BM7-6.4.1"),F(98,"%","tỷ lệ hồ sơ nộp trực tuyến","xa",True,"BM7-6.4")])
add(N,"xa","Ngày 21/7, Phó Chủ tịch UBND tỉnh Quảng Ngãi Trần Phước Hiền kiểm tra cơ sở vật chất, đường truyền và việc kết nối dữ liệu tại Trung tâm Phục vụ hành chính công phường Sa Huỳnh.")
# --- Phú An (laodong 1537523 / sggp 118806)
add(N,"xa","Phường Phú An được thành lập trên cơ sở phường Tân An, xã Phú An và một phần phường Hiệp An, có diện tích hơn 36,7 km2 với dân số gần 54.000 người.")
add(N,"xa","Từ ngày 01/7 đến chiều 09/7, Trung tâm Phục vụ hành chính công phường Phú An đã tiếp nhận 414 hồ sơ và trả 378 kết quả cho người dân, doanh nghiệp.",
 [F(414,"hồ sơ","tiếp nhận","xa"),F(378,"hồ sơ","trả kết quả","xa",False,"BM3-3.3.1")])
# --- Tân Long (nhandan post152100)
add(N,"xa","Trung tâm Phục vụ hành chính công xã Tân Long bố trí 2 công chức hỗ trợ đánh máy miễn phí; đến nay đã đánh máy gần 260 hợp đồng, đơn từ và photo 310 bộ hồ sơ cho người dân.",
 [F(2,"người","công chức hỗ trợ đánh máy miễn phí","xa"),F(260,"hợp đồng","đánh máy miễn phí","xa",True),F(310,"bộ hồ sơ","photo miễn phí","xa")])
# --- Quảng Trị sau Tết (laodong 1659877)
add(N,"so_nganh","Ngay ngày làm việc đầu tiên sau Tết Bính Ngọ, Phòng Quản lý xuất nhập cảnh Công an tỉnh Quảng Trị đã tiếp nhận, giải quyết hơn 400 hồ sơ hộ chiếu, giấy thông hành.",
 [F(400,"hồ sơ","tiếp nhận, giải quyết hồ sơ hộ chiếu, giấy thông hành","so_nganh",True)])
# --- Nam Định (vccinews 47869)
add(N,"tinh","Năm 2021 và 5 tháng đầu năm 2022, Trung tâm Phục vụ hành chính công, Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Nam Định đã giải quyết 124.304 hồ sơ TTHC, trong đó có 421 thủ tục đối với dự án đầu tư.",
 [F(124304,"hồ sơ","đã giải quyết","trung_tam"),F(421,"thủ tục","thủ tục dự án đầu tư đã giải quyết","trung_tam")])
add(N,"tinh","Trung tâm được tổ chức lại theo Quyết định số 1605/QĐ-UBND ngày 29/7/2021 của UBND tỉnh, bổ sung nhiệm vụ xúc tiến đầu tư và hỗ trợ doanh nghiệp.")
# --- Thái Bình tháng 7 (thaibinhtv 31012)
add(R,"tinh","Trong tháng 7, Trung tâm Hành chính công cấp tỉnh và cấp huyện của tỉnh Thái Bình tiếp nhận 6.892 hồ sơ (gồm 2.134 hồ sơ chuyển tiếp từ tháng trước và 4.758 hồ sơ tiếp nhận mới); đã giải quyết 4.964 hồ sơ, đang giải quyết 1.758 hồ sơ và trả lại 170 hồ sơ.",
 [F(6892,"hồ sơ","tiếp nhận (kể cả chuyển tiếp)","tinh"),F(2134,"hồ sơ","chuyển tiếp từ tháng trước","tinh"),F(4758,"hồ sơ","tiếp nhận mới","tinh"),
  F(4964,"hồ sơ","đã giải quyết","tinh"),F(1758,"hồ sơ","đang giải quyết","tinh"),F(170,"hồ sơ","trả lại","tinh")])
# --- Thái Bình 9/2019 (thaibinh.gov.vn/cchc)
add(R,"tinh","Tháng 9/2019, Trung tâm Phục vụ hành chính công tỉnh Thái Bình tiếp nhận 8.051 hồ sơ để giải quyết, trong đó 5.377 hồ sơ tiếp nhận mới và 2.674 hồ sơ của tháng trước chuyển sang.",
 [F(8051,"hồ sơ","tiếp nhận (kể cả tháng trước chuyển sang)","trung_tam"),F(5377,"hồ sơ","tiếp nhận mới","trung_tam"),F(2674,"hồ sơ","tháng trước chuyển sang","trung_tam")])
add(N,"tinh","Sáng 20/9, UBND tỉnh Thái Bình họp nghe báo cáo tiến độ triển khai giải quyết TTHC theo phương án \"5 tại chỗ\" tại Trung tâm Phục vụ hành chính công tỉnh.")
# --- Bắc Giang (baobacninhtv)
add(N,"so_nganh","Nhiều cơ quan trả kết quả trước hạn với số lượng lớn như Sở Tài nguyên và Môi trường (hơn 133.000 hồ sơ), Sở Công Thương (hơn 29.000 hồ sơ), Sở Tư pháp (hơn 24.000 hồ sơ) và Sở Lao động - Thương binh và Xã hội (hơn 11.000 hồ sơ).",
 [F(133000,"hồ sơ","trả kết quả trước hạn - Sở Tài nguyên và Môi trường","so_nganh",True),F(29000,"hồ sơ","trả kết quả trước hạn - Sở Công Thương","so_nganh",True),
  F(24000,"hồ sơ","trả kết quả trước hạn - Sở Tư pháp","so_nganh",True),F(11000,"hồ sơ","trả kết quả trước hạn - Sở Lao động - Thương binh và Xã hội","so_nganh",True)])
add(N,"tinh","Ngay từ đầu năm, Trung tâm Phục vụ hành chính công tỉnh Bắc Giang đã phối hợp với các sở, ngành rà soát, rút ngắn từ 30 đến 60% thời gian giải quyết một số TTHC so với quy định.")
# --- Vân Đồn quý III/2025 (vietnam.vn van-don-xay-dung-nen-hanh-chinh)
add(R,"xa","Đặc khu Vân Đồn đã niêm yết, công khai hơn 2.059 TTHC, trong đó 1.920 thủ tục được cung cấp dịch vụ công trực tuyến, đạt 93,2%; có 1.696 TTHC (82,3%) được thực hiện không phụ thuộc vào địa giới hành chính.",
 [F(2059,"TTHC","niêm yết, công khai","xa",True),F(1920,"TTHC","cung cấp dịch vụ công trực tuyến","xa"),F(93.2,"%","tỷ lệ TTHC cung cấp dịch vụ công trực tuyến","xa"),
  F(1696,"TTHC","thực hiện không phụ thuộc địa giới hành chính","xa",False,"BM3-2.3"),F(82.3,"%","tỷ lệ TTHC không phụ thuộc địa giới hành chính","xa")])
add(R,"xa","Quý III/2025, đặc khu tiếp nhận 5.138 hồ sơ, 99,79% được giải quyết trước và đúng hạn, không có hồ sơ trễ hạn đối với công dân; 84,46% kết quả được trả dưới dạng điện tử.",
 [F(5138,"hồ sơ","tiếp nhận","xa"),F(99.79,"%","tỷ lệ giải quyết trước và đúng hạn","xa"),F(84.46,"%","tỷ lệ kết quả trả dưới dạng điện tử","xa")])
add(R,"xa","UBND đặc khu tập trung triển khai đồng bộ 6 trụ cột: cải cách thể chế, TTHC, tổ chức bộ máy, chế độ công vụ, tài chính công và xây dựng chính quyền điện tử.")
# --- Lâm Đồng sau 1 tháng (laodong 1550673)
add(N,"tinh","Sau một tháng vận hành chính quyền địa phương hai cấp, cấp tỉnh của Lâm Đồng tiếp nhận hơn 23.000 hồ sơ mới, giải quyết hơn 17.000 hồ sơ với 93% đúng hạn; cấp xã tiếp nhận hơn 74.000 hồ sơ, giải quyết hơn 54.900 hồ sơ, đạt 97% đúng hạn.",
 [F(23000,"hồ sơ","tiếp nhận mới cấp tỉnh","so_nganh",True),F(17000,"hồ sơ","đã giải quyết cấp tỉnh","so_nganh",True,"BM3-3.1.1"),F(93,"%","tỷ lệ giải quyết đúng hạn cấp tỉnh","so_nganh",False,"BM3-3.1"),
  F(74000,"hồ sơ","tiếp nhận cấp xã","xa",True),F(54900,"hồ sơ","đã giải quyết cấp xã","xa",True,"BM3-3.3.1"),F(97,"%","tỷ lệ giải quyết đúng hạn cấp xã","xa",False,"BM3-3.3")])
add(N,"tinh","Trên Cổng Dịch vụ công quốc gia, chất lượng phục vụ của tỉnh Lâm Đồng hiện xếp thứ 9/34 tỉnh, thành phố.")
add(N,"tinh","Tỉnh đã giải quyết chế độ nghỉ việc cho hơn 2.000 trường hợp cán bộ, công chức, viên chức theo Nghị định 178 và Nghị định 67 với tổng kinh phí hơn 1.276 tỷ đồng; chiều 01/8, hơn 250 công chức cấp tỉnh được biệt phái về cơ sở trong 3 tháng.",
 [F(2000,"người","cán bộ, công chức, viên chức được giải quyết chế độ nghỉ việc","tinh",True),F(1276,"tỷ đồng","kinh phí chi trả chế độ nghỉ việc","tinh",True),F(250,"người","công chức cấp tỉnh được biệt phái về cơ sở","so_nganh",True)])
# --- Lâm Đồng 12 đoàn công tác (laodong 1553845)
add(N,"tinh","Ban Thường vụ Tỉnh ủy và UBND tỉnh Lâm Đồng đã thành lập 12 đoàn công tác, trực tiếp làm việc tại 35 xã, phường để nắm tình hình, tháo gỡ khó khăn ở cấp xã.",
 [F(12,"đoàn","đoàn công tác được thành lập","tinh"),F(35,"đơn vị","xã, phường được đoàn công tác làm việc","xa")])
add(N,"xa","Trung tâm Phục vụ hành chính công phường B'Lao tiếp nhận, giải quyết tới 90% số hồ sơ nhưng chưa cập nhật được kết quả lên Cổng Dịch vụ công quốc gia do tên đơn vị hiển thị sai thành \"BLao\".",
 [F(90,"%","tỷ lệ hồ sơ tiếp nhận, giải quyết","xa")])
# --- Lâm Đồng đưa dịch vụ công vào đời sống (vietnam.vn dua-dich-vu-cong-vao-doi-song)
add(N,"tinh","Đến tháng 8/2025, tỉnh Lâm Đồng đã tích hợp 100% dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ giải quyết trực tuyến đạt 80% (năm 2023 là 71%), mức độ hài lòng của người dân đạt 82,1/100 điểm và tỉnh đặt mục tiêu 95% vào cuối năm 2025.",
 [F(100,"%","tỷ lệ dịch vụ công trực tuyến tích hợp lên Cổng Dịch vụ công quốc gia","tinh"),F(80,"%","tỷ lệ hồ sơ giải quyết trực tuyến","tinh"),F(82.1,"điểm","mức độ hài lòng của người dân","tinh")])
add(N,"tinh","Trong tháng 7 và tháng 8/2025, 126 đội thanh niên tình nguyện với 1.267 thành viên đã hỗ trợ người dân làm thủ tục tại 124 đơn vị hành chính cấp xã của tỉnh.",
 [F(126,"đội","đội thanh niên tình nguyện hỗ trợ người dân","xa"),F(1267,"người","thành viên đội thanh niên tình nguyện","xa")])
add(N,"tinh","Lâm Đồng hiện có dân số gần 3,9 triệu người và 124 đơn vị hành chính cấp xã, gồm 103 xã, 20 phường và 1 đặc khu.")
# --- Nam Đà (vjs pho-bi-thu-tinh-uy-lam-dong-luu-van-trung)
add(R,"xa","Từ ngày 01/7/2025 đến nay, Trung tâm Phục vụ hành chính công xã Nam Đà đã tiếp nhận hơn 2.770 hồ sơ, trong đó trên 87% nộp trực tuyến; tỷ lệ giải quyết trước hạn đạt 98,2%, hồ sơ quá hạn chỉ chiếm 1,8%.",
 [F(2770,"hồ sơ","tiếp nhận","xa",True,"BM7-6.4.1"),F(87,"%","tỷ lệ hồ sơ nộp trực tuyến","xa",True,"BM7-6.4"),F(98.2,"%","tỷ lệ giải quyết trước hạn","xa"),F(1.8,"%","tỷ lệ hồ sơ quá hạn","xa")])
add(R,"xa","Tính đến ngày 19/10, xã Nam Đà xếp thứ 38/124 xã, phường, đặc khu về chất lượng phục vụ người dân; chỉ số dịch vụ công trực tuyến xếp thứ 10 và ký số xếp thứ 2 toàn tỉnh.")
add(N,"xa","Sau Đại hội Đảng bộ xã lần thứ I, Đảng ủy xã Nam Đà đã ban hành Chương trình hành động và 12 nghị quyết chuyên đề để cụ thể hóa các mục tiêu phát triển.",
 [F(12,"văn bản","nghị quyết chuyên đề đã ban hành","xa")])
# --- Cần Thơ 1-23/7/2025 (laodong 1548172)
add(R,"tinh","Từ ngày 01 đến 23/7, thành phố Cần Thơ tiếp nhận 47.816 hồ sơ TTHC qua Cổng Dịch vụ công, trong đó 16.441 hồ sơ nộp trực tiếp; đến 16 giờ ngày 23/7, toàn thành phố đã giải quyết 32.751 hồ sơ, đang giải quyết 15.034 hồ sơ và dừng xử lý 31 hồ sơ.",
 [F(47816,"hồ sơ","tiếp nhận","tinh"),F(16441,"hồ sơ","tiếp nhận trực tiếp","tinh"),F(32751,"hồ sơ","đã giải quyết","tinh"),F(15034,"hồ sơ","đang giải quyết","tinh"),F(31,"hồ sơ","dừng xử lý","tinh")])
add(R,"tinh","Hệ thống thông tin giải quyết TTHC sau hợp nhất đã tạo 20.652 tài khoản, gồm 6.184 tài khoản điều hành, 14.264 tài khoản công dân và 204 tài khoản doanh nghiệp; đồng bộ 2.121 TTHC.",
 [F(20652,"tài khoản","tài khoản được tạo trên hệ thống","tinh"),F(6184,"tài khoản","tài khoản điều hành","tinh"),F(14264,"tài khoản","tài khoản công dân","tinh"),F(204,"tài khoản","tài khoản doanh nghiệp","tinh"),F(2121,"TTHC","TTHC được đồng bộ trên hệ thống","tinh")])
# --- Cần Thơ 2024 (cantho.gov.vn)
add(N,"tinh","Ngay buổi sáng đầu tiên chính thức hoạt động (26/02/2024), Trung tâm Phục vụ hành chính công thành phố Cần Thơ đã tiếp nhận, xử lý 434 hồ sơ TTHC.",
 [F(434,"hồ sơ","tiếp nhận, xử lý","trung_tam")])
add(N,"tinh","Trung tâm được thành lập theo Quyết định số 595/QĐ-UBND ngày 06/3/2023 của UBND thành phố, đặt tại số 109 đường Nguyễn Trãi, phường Tân An, quận Ninh Kiều.")
# --- Cần Thơ khác (laodong 1634016, 1546318, 1529282)
add(N,"xa","Từ ngày 24/7/2025, Trung tâm Phục vụ hành chính công phường Phú Lợi tăng thêm 60 phút làm việc mỗi buổi và thí điểm trong 3 tháng, đến ngày 23/10/2025.")
add(N,"tinh","Sở Khoa học và Công nghệ đã cấp mã định danh cho toàn bộ 103 xã, phường của thành phố Cần Thơ mới; 17 hệ thống thông tin giải quyết TTHC dùng chung của 3 tỉnh, thành đang vận hành ổn định.",
 [F(17,"hệ thống","hệ thống thông tin dùng chung vận hành ổn định","tinh")])
# --- Hải Dương Sở KH&ĐT (baohaiduong 404574)
add(R,"so_nganh","Hiện trên 90% hồ sơ TTHC thuộc lĩnh vực kế hoạch và đầu tư được Sở Kế hoạch và Đầu tư tỉnh Hải Dương tiếp nhận và giải quyết trực tuyến.",
 [F(90,"%","tỷ lệ hồ sơ tiếp nhận, giải quyết trực tuyến","so_nganh",True)])
add(N,"so_nganh","Theo quy định, thủ tục đăng ký thành lập doanh nghiệp được giải quyết trong 3 ngày, nhưng hồ sơ nộp trực tuyến sáng 23/01 đã có kết quả ngay chiều cùng ngày, sớm hơn 2 ngày.")
# --- Bình Định chỉ nhận trực tuyến (binhdinhinvest 860)
add(N,"tinh","Ngày 19/7/2023, UBND tỉnh Bình Định bổ sung 59 TTHC thí điểm chỉ tiếp nhận trực tuyến, nâng tổng số thủ tục của Sở Kế hoạch và Đầu tư áp dụng hình thức này lên 61 bộ; trước đó tỉnh đã công bố 102 TTHC thí điểm.",
 [F(59,"TTHC","TTHC bổ sung thí điểm chỉ tiếp nhận trực tuyến","so_nganh"),F(61,"TTHC","TTHC của Sở Kế hoạch và Đầu tư chỉ tiếp nhận trực tuyến","so_nganh"),F(102,"TTHC","TTHC thí điểm chỉ tiếp nhận trực tuyến (đợt trước)","so_nganh")])
add(N,"tinh","Trong 59 thủ tục được bổ sung, Sở Kế hoạch và Đầu tư có 58 thủ tục, Sở Tư pháp có 1 thủ tục.",
 [F(58,"TTHC","TTHC bổ sung của Sở Kế hoạch và Đầu tư","so_nganh"),F(1,"TTHC","TTHC bổ sung của Sở Tư pháp","so_nganh")])
# --- Điện Biên tinh giản (laodong 1438058)
add(R,"tinh","Chủ tịch UBND tỉnh Điện Biên phê duyệt danh sách tinh giản biên chế đợt 1 năm 2025 đối với 35 công chức, viên chức, trong đó 17 người nghỉ hưu trước tuổi và 18 người thôi việc ngay, với kinh phí hơn 6,4 tỷ đồng.",
 [F(35,"người","công chức, viên chức tinh giản biên chế","tinh",False),F(17,"người","nghỉ hưu trước tuổi","tinh"),F(18,"người","thôi việc ngay","tinh"),F(6.4,"tỷ đồng","kinh phí tinh giản biên chế","tinh",True)])
add(N,"tinh","Theo định hướng sắp xếp, tỉnh Điện Biên sẽ giảm 5 cơ quan chuyên môn cấp tỉnh, 2 cơ quan chuyên môn cấp huyện và 31 đơn vị sự nghiệp công lập.")
# --- Đắk Nông (laodong 1477364)
add(N,"tinh","Theo kế hoạch tinh giản biên chế, tỉnh Đắk Nông đặt mục tiêu giảm 20% số công chức, viên chức hưởng lương từ ngân sách (trừ giáo viên và nhân viên y tế).")
# --- Long An (vietnam.vn long-an-du-kien-chi)
add(N,"tinh","Theo lộ trình sắp xếp bộ máy, tỉnh Long An dự kiến giảm 376 người, trong đó 285 người thuộc cơ quan nhà nước và 91 người thuộc cơ quan Đảng; kinh phí chi trả chế độ dự kiến khoảng 250 tỷ đồng.")
# --- Nghệ An biên chế 2024 (vietnam.vn nghe-an-se-giam)
add(N,"tinh","Theo dự thảo nghị quyết trình HĐND tỉnh Nghệ An, năm 2024 tổng biên chế công chức cấp tỉnh, cấp huyện là 3.259 biên chế, giảm 33 biên chế so với năm 2023.")
# --- Hải Dương đất đai (baohaiduong 409581)
add(R,"tinh","Tính đến ngày 15/12/2024, toàn tỉnh Hải Dương còn 4.618 hồ sơ đo đạc và 3.209 hồ sơ cấp, cấp đổi, đăng ký biến động quyền sử dụng đất chưa được giải quyết.",
 [F(4618,"hồ sơ","hồ sơ đo đạc chưa giải quyết","tinh"),F(3209,"hồ sơ","hồ sơ cấp, cấp đổi, đăng ký biến động đất đai chưa giải quyết","tinh")])
add(N,"tinh","Mục tiêu là hoàn thành trong quý II, nhưng đến hết quý I tỉnh đã giải quyết được khoảng 90% số hồ sơ tồn đọng.",
 [F(90,"%","tỷ lệ hồ sơ tồn đọng đã giải quyết","tinh",True)])
# --- Lương Sơn (baohoabinh 10124)
add(R,"huyen","Từ đầu năm đến nay, huyện Lương Sơn đã tiếp nhận hơn 11.600 hồ sơ TTHC; thông tin về thủ tục được công khai trên cổng thông tin điện tử của huyện và các xã.",
 [F(11600,"hồ sơ","tiếp nhận","huyen",True)])
# --- Nghệ An DVCTT (laodong 1469438)
add(R,"tinh","Các sở, ngành của Nghệ An đã cắt giảm thời gian giải quyết đối với 812 TTHC khi nộp hồ sơ trực tuyến, với tổng thời gian cắt giảm là 2.117,5 ngày.",
 [F(812,"TTHC","TTHC được cắt giảm thời gian giải quyết","so_nganh")])
add(R,"tinh","Hệ thống thông tin giải quyết TTHC của tỉnh hiện cung cấp 1.051 dịch vụ công trực tuyến toàn trình và 790 dịch vụ công trực tuyến một phần.",
 [F(1051,"dịch vụ","dịch vụ công trực tuyến toàn trình","tinh"),F(790,"dịch vụ","dịch vụ công trực tuyến một phần","tinh")])
add(R,"tinh","Tỉnh đã thành lập 460 tổ công nghệ số cộng đồng cấp xã với 5.221 thành viên và 3.793 tổ cấp thôn, xóm với 18.093 thành viên tham gia hỗ trợ người dân.",
 [F(460,"tổ","tổ công nghệ số cộng đồng cấp xã","xa"),F(5221,"người","thành viên tổ công nghệ số cộng đồng cấp xã","xa"),F(3793,"tổ","tổ công nghệ số cộng đồng cấp thôn, xóm","xa"),F(18093,"người","thành viên tổ công nghệ số cấp thôn, xóm","xa")])
# --- Nghệ An thí điểm không nhận hồ sơ giấy (laodong 1445059)
add(N,"tinh","Từ ngày 02/01 đến 30/6/2025, Nghệ An sẽ thí điểm không tiếp nhận hồ sơ giấy đối với 65 TTHC tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa thuộc 11 UBND cấp huyện.")
# --- Nghệ An Trung tâm (baonghean 10218279, 10290407)
add(N,"tinh","Từ 7 giờ ngày 02/10/2020, Trung tâm Phục vụ hành chính công tỉnh Nghệ An tại số 16 đường Trường Thi, thành phố Vinh chính thức đi vào hoạt động theo Quyết định số 2996/QĐ-UBND ngày 05/8/2019.")
add(N,"tinh","Trung tâm Phục vụ hành chính công tỉnh Nghệ An hiện là đầu mối tiếp nhận, trả kết quả hơn 1.400 TTHC của 18 sở, ngành thuộc UBND tỉnh và 2 cơ quan ngành dọc đóng trên địa bàn.",
 [F(1400,"TTHC","TTHC tiếp nhận, trả kết quả tại Trung tâm","trung_tam",True)])
# --- Thanh Hóa miễn phí (laodong 1529286; thongtin thanh-hoa-tien-phong)
add(N,"tinh","Ngày 24/6/2025, HĐND tỉnh Thanh Hóa thông qua Nghị quyết số 12/2025/NQ-HĐND miễn toàn bộ phí, lệ phí khi người dân, doanh nghiệp thực hiện TTHC qua dịch vụ công trực tuyến.")
# --- Thanh Hóa Công văn 12996 (vietnam.vn huong-dan-nguoi-dan-chu-dong)
add(N,"tinh","Theo Công văn số 12996/UBND-HCC ngày 07/8/2025, đến ngày 31/12/2025 các cơ quan, đơn vị của tỉnh Thanh Hóa phải số hóa 30% hồ sơ, tài liệu tồn đọng cần số hóa.")
# --- Huế PAR 2023 (thuathienhue.gov.vn)
add(N,"tinh","Năm 2023, Chỉ số cải cách hành chính của tỉnh Thừa Thiên Huế đạt 88,38%, xếp thứ 17, tăng 2 bậc so với năm 2022; chỉ số SIPAS của tỉnh xếp thứ 32, tăng 8 bậc.",
 [F(88.38,"%","Chỉ số cải cách hành chính","tinh")])
# --- Ninh Thuận PAR 2024 (vjs tap-trung-thuc-hien-hieu-qua)
add(N,"tinh","Năm 2024, tỉnh Ninh Thuận đạt 85,98 điểm Chỉ số cải cách hành chính, xếp thứ 55/63 tỉnh, thành phố, giảm 0,7 điểm và tụt 19 bậc so với năm 2023.",
 [F(85.98,"điểm","Chỉ số cải cách hành chính","tinh")])
add(N,"tinh","Bộ tiêu chí xác định Chỉ số cải cách hành chính cấp tỉnh gồm 8 lĩnh vực, 37 tiêu chí và 88 tiêu chí thành phần, với thang điểm 100.")
# --- PAR 2021 (vietnamplus 229174)
add(N,"tinh","Theo Bộ Nội vụ, Bộ Tư pháp dẫn đầu các bộ, ngành với Chỉ số cải cách hành chính năm 2021 đạt 91,9%; cuộc điều tra xã hội học đã lấy ý kiến của hơn 49.600 cán bộ, công chức, lãnh đạo quản lý và gần 30.000 người dân, doanh nghiệp.",
 [F(91.9,"%","Chỉ số cải cách hành chính của Bộ Tư pháp","",False),F(49600,"người","cán bộ, công chức được lấy ý kiến","",True),F(30000,"người","người dân, doanh nghiệp được lấy ý kiến","",True)])
add(N,"tinh","Trong khối địa phương, Hải Phòng dẫn đầu bảng xếp hạng; Quảng Ngãi tăng mạnh nhất với 13,2%, còn Đồng Nai, Tiền Giang và Hà Nam giảm so với năm trước.")
# --- SIPAS 2019 (vietnamnet 641956)
add(N,"tinh","Chỉ số SIPAS 2019 được xây dựng từ ý kiến của 35.268 cá nhân, tổ chức về việc cung ứng dịch vụ hành chính công trong 16 lĩnh vực; năm 2018, mức độ hài lòng bình quân của người dân đạt 82,99%.",
 [F(35268,"người","cá nhân, tổ chức được khảo sát SIPAS","",False),F(82.99,"%","mức độ hài lòng bình quân","")])
# --- Gia Lai chỉ đạo (laodong 1544183)
add(N,"tinh","Ngày 21/7, Chủ tịch UBND tỉnh Gia Lai yêu cầu hoàn thiện mô hình \"phi địa giới hành chính\" trong tiếp nhận, trả kết quả TTHC, ưu tiên các thủ tục đất đai, hộ tịch, hoàn thành trong tháng 8/2025.")
# --- Gia Lai - Bình Định vận hành thử (thongtin gia-lai-binh-dinh-phoi-hop; laodong 1529878)
add(N,"tinh","Trong buổi vận hành thử chiều 25/6, 10 xã, phường trọng điểm của Gia Lai đã thực hiện dịch vụ trích lục hộ tịch và thủ tục đất đai liên thông với Bình Định, 67 xã, phường còn lại thí điểm dịch vụ công toàn trình trích lục hộ tịch.",
 [F(10,"đơn vị","xã, phường vận hành thử liên thông thủ tục đất đai, hộ tịch","xa"),F(67,"đơn vị","xã, phường thí điểm dịch vụ công toàn trình","xa")])
add(N,"tinh","Trước đó, tỉnh Bình Định đã vận hành thử thành công mô hình chính quyền hai cấp tại 58/58 đơn vị cấp xã mới.",
 [F(58,"đơn vị","đơn vị cấp xã vận hành thử thành công","xa"),F(58,"đơn vị","tổng số đơn vị cấp xã mới","xa")])
# --- Hồng Gai, Quảng Ninh (thongtin xay-dung-nen-hanh-chinh-hien-dai-chuyen-nghiep)
add(R,"xa","Tháng 7/2025, Trung tâm Phục vụ hành chính công phường Hồng Gai tiếp nhận 9.673 hồ sơ, trong đó 3.418 hồ sơ thuộc thẩm quyền UBND phường và hồ sơ phi địa giới (UBND phường 1.043 hồ sơ, phi địa giới 2.375 hồ sơ); 6.255 hồ sơ còn lại thuộc các cơ quan ngành dọc.",
 [F(9673,"hồ sơ","tiếp nhận","xa"),F(3418,"hồ sơ","hồ sơ thuộc thẩm quyền UBND phường và phi địa giới","xa"),F(1043,"hồ sơ","hồ sơ thuộc thẩm quyền UBND phường","xa"),F(2375,"hồ sơ","hồ sơ phi địa giới","xa"),F(6255,"hồ sơ","hồ sơ thuộc cơ quan ngành dọc","xa")])
add(R,"xa","Tỷ lệ hồ sơ trực tuyến của phường đạt 63,6% (2.173/3.418 hồ sơ); Trung tâm có 28 công chức làm việc cùng đại diện các đơn vị ngành dọc.",
 [F(63.6,"%","tỷ lệ hồ sơ trực tuyến","xa"),F(2173,"hồ sơ","hồ sơ trực tuyến","xa"),F(3418,"hồ sơ","hồ sơ thuộc thẩm quyền UBND phường và phi địa giới","xa"),F(28,"người","công chức làm việc tại Trung tâm","xa")])
# --- Móng Cái (vietnam.vn tp-mong-cai-doi-moi)
add(R,"huyen","Từ năm 2021 đến hết quý I/2025, thành phố Móng Cái đã tiếp nhận, giải quyết hơn 330.000 hồ sơ cấp thành phố và gần 41.000 hồ sơ cấp xã; riêng năm 2024, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt gần 99,99%.",
 [F(330000,"hồ sơ","tiếp nhận, giải quyết cấp thành phố","huyen",True),F(41000,"hồ sơ","tiếp nhận, giải quyết cấp xã","xa",True),F(99.99,"%","tỷ lệ giải quyết đúng và trước hạn","huyen",True)])
add(R,"huyen","Trong quý I/2025, tỷ lệ số hóa hồ sơ và kết quả giải quyết TTHC của thành phố đạt 81,21%, tỷ lệ khai thác, tái sử dụng dữ liệu số đạt 51%.",
 [F(81.21,"%","tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC","huyen"),F(51,"%","tỷ lệ khai thác, tái sử dụng dữ liệu số","huyen")])
# --- Tuy Hòa (laodong 1539321)
add(N,"xa","Trung tâm Phục vụ hành chính công phường Tuy Hòa có 2 lãnh đạo và 11 công chức, nhân viên; riêng ngày đầu hoạt động đã có khoảng 500 lượt người dân đến làm thủ tục.",
 [F(2,"người","lãnh đạo Trung tâm","xa"),F(11,"người","công chức, nhân viên Trung tâm","xa"),F(500,"lượt","người dân đến làm thủ tục ngày đầu","xa",True)])
add(N,"xa","Để hỗ trợ người dân, Trung tâm bố trí linh hoạt 3 cán bộ luân phiên hướng dẫn thủ tục, cùng với đoàn viên thanh niên tham gia hỗ trợ.",
 [F(3,"người","cán bộ luân phiên hướng dẫn thủ tục","xa")])
# --- Đắk Lắk (baodaklak 202601; vjs kien-tao-nen-hanh-chinh)
add(N,"tinh","Đến cuối năm 2025, tỉnh Đắk Lắk đã phê duyệt 100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính; Trung tâm Phục vụ hành chính công tỉnh là đơn vị đầu tiên triển khai từ tháng 5/2025.",
 [F(100,"%","tỷ lệ TTHC thực hiện không phụ thuộc địa giới hành chính","tinh")])
add(N,"tinh","Tại kỳ họp chuyên đề thứ ba ngày 30/10/2025, HĐND tỉnh Đắk Lắk khóa X, nhiệm kỳ 2021 - 2026 đã thông qua nghị quyết quy định mức thu 0 đồng đối với TTHC thực hiện qua dịch vụ công trực tuyến.")
add(N,"tinh","Hệ thống Dashboard giám sát trực tuyến của tỉnh đã kết nối, tích hợp camera tại 102/102 Trung tâm Phục vụ hành chính công cấp xã, phường.",
 [F(102,"đơn vị","Trung tâm cấp xã được kết nối camera giám sát","xa"),F(102,"đơn vị","tổng số Trung tâm cấp xã","xa")])
# --- Long Hoa, Tây Ninh (vietnam.vn phuong-long-hoa)
add(N,"xa","Phường Long Hòa được thành lập từ 5 đơn vị hành chính của thị xã Hòa Thành cũ, có diện tích tự nhiên 55,99 km2 và dân số hơn 106.000 người.")
# --- Hạ Long bưu điện (vietnamplus post235674)
add(N,"huyen","Trong giai đoạn 1 của đề án, bưu điện sẽ hướng dẫn, hỗ trợ tổ chức, cá nhân thực hiện 47 TTHC thuộc 9 lĩnh vực tại 4 bưu cục ở các phường Hà Tu, Giếng Đáy, Việt Hưng và Thống Nhất của thành phố Hạ Long.")
# --- Bến Tre Trung tâm PVHCC 5/2021 (baodongkhoi a86932)
add(R,"tinh","Tháng 5/2021, Trung tâm Phục vụ hành chính công tỉnh Bến Tre tiếp nhận 5,65 ngàn hồ sơ các loại, trong đó 1,07 ngàn hồ sơ kỳ trước chuyển sang, tiếp nhận mới trực tiếp 3,19 ngàn hồ sơ, trực tuyến 1,25 ngàn hồ sơ và qua dịch vụ bưu chính công ích 132 hồ sơ.",
 [F(5650,"hồ sơ","tiếp nhận (kể cả kỳ trước chuyển sang)","trung_tam"),F(1070,"hồ sơ","kỳ trước chuyển sang","trung_tam"),F(3190,"hồ sơ","tiếp nhận mới trực tiếp","trung_tam"),F(1250,"hồ sơ","tiếp nhận mới trực tuyến","trung_tam"),F(132,"hồ sơ","tiếp nhận qua bưu chính công ích","trung_tam")])
add(R,"tinh","Trung tâm đã giải quyết 4.561/5.650 hồ sơ (80,7%), trong đó 4,52 ngàn hồ sơ đúng và trước hạn (99,7%), 12 hồ sơ trễ hạn (0,3%); 1.089 hồ sơ đang giải quyết, còn trong thời hạn.",
 [F(4561,"hồ sơ","đã giải quyết","trung_tam"),F(5650,"hồ sơ","tổng số hồ sơ phải giải quyết","trung_tam"),F(80.7,"%","tỷ lệ đã giải quyết","trung_tam"),F(4520,"hồ sơ","giải quyết đúng và trước hạn","trung_tam"),
  F(99.7,"%","tỷ lệ giải quyết đúng và trước hạn","trung_tam"),F(12,"hồ sơ","giải quyết trễ hạn","trung_tam"),F(0.3,"%","tỷ lệ trễ hạn","trung_tam"),F(1089,"hồ sơ","đang giải quyết trong hạn","trung_tam")])
add(R,"tinh","Các hồ sơ trễ hạn gồm 10 hồ sơ cấp phiếu lý lịch tư pháp do đương sự không khai báo tình trạng án tích và 2 hồ sơ thuộc lĩnh vực đất đai, thủy lợi chậm điều chỉnh.",
 [F(10,"hồ sơ","trễ hạn lĩnh vực lý lịch tư pháp","trung_tam"),F(2,"hồ sơ","trễ hạn lĩnh vực đất đai, thủy lợi","trung_tam")])
# --- Bình Dương cấp xã 2021 (baobinhduong a264478)
add(R,"tinh","Năm 2021, 91 xã, phường, thị trấn trên địa bàn tỉnh Bình Dương tiếp nhận 904.497 hồ sơ TTHC các loại; đã giải quyết 904.298 hồ sơ, trong đó trả trước và đúng hạn 904.225 hồ sơ, đạt 99,99%; quá hạn 73 hồ sơ, chiếm 0,01%.",
 [F(904497,"hồ sơ","tiếp nhận cấp xã","xa"),F(904298,"hồ sơ","đã giải quyết cấp xã","xa",False,"BM3-3.3.1"),F(904225,"hồ sơ","trả trước và đúng hạn cấp xã","xa",False,"BM3-3.3.2"),
  F(99.99,"%","tỷ lệ giải quyết trước và đúng hạn cấp xã","xa",False,"BM3-3.3"),F(73,"hồ sơ","quá hạn cấp xã","xa"),F(0.01,"%","tỷ lệ quá hạn cấp xã","xa")])
add(R,"tinh","Các xã, phường, thị trấn thuộc TP Thủ Dầu Một, TX Bến Cát, TX Tân Uyên và các huyện Dầu Tiếng, Bàu Bàng, Phú Giáo đạt tỷ lệ 100% hồ sơ giải quyết trước và đúng hạn.",
 [F(100,"%","tỷ lệ giải quyết trước và đúng hạn","xa")])
add(R,"tinh","Năm 2022, UBND tỉnh yêu cầu cấp xã tiếp tục kiện toàn bộ phận \"một cửa\", đẩy mạnh tư vấn cho người dân thực hiện TTHC mức độ 3, mức độ 4.")
# --- Quận 1 năm 2018 (thanhnien 1052762)
add(R,"huyen","Năm 2018, UBND Quận 1 (TP Hồ Chí Minh) tiếp nhận 585.336 hồ sơ hành chính, đã giải quyết 585.116 hồ sơ, đạt 99,96%, tất cả đều đúng hạn; còn 220 hồ sơ đang giải quyết trong hạn.",
 [F(585336,"hồ sơ","tiếp nhận","huyen"),F(585116,"hồ sơ","đã giải quyết","huyen",False,"BM3-3.2.1"),F(99.96,"%","tỷ lệ đã giải quyết","huyen"),F(220,"hồ sơ","đang giải quyết trong hạn","huyen")])
add(N,"huyen","Qua 3 năm từ 2016 đến 2018, toàn quận chỉ có 1 hồ sơ trễ hẹn (năm 2017) tại UBND phường Phạm Ngũ Lão, và phường đã gửi thư xin lỗi người dân.",
 [F(1,"hồ sơ","hồ sơ trễ hẹn","xa")])
# --- Cao Phong 6 tháng 2021 (baohoabinh 6623)
add(R,"huyen","6 tháng đầu năm 2021, bộ phận tiếp nhận và trả kết quả huyện Cao Phong tiếp nhận 2.621 hồ sơ, trong đó 2.121 hồ sơ được giải quyết đúng hạn; bộ phận một cửa của 10 xã, thị trấn tiếp nhận 6.540 hồ sơ, giải quyết đúng hạn 6.486 hồ sơ.",
 [F(2621,"hồ sơ","tiếp nhận cấp huyện","huyen"),F(2121,"hồ sơ","giải quyết đúng hạn cấp huyện","huyen"),F(6540,"hồ sơ","tiếp nhận cấp xã","xa"),F(6486,"hồ sơ","giải quyết đúng hạn cấp xã","xa")])
# --- Bắc Giang cắt giảm thời gian (baobacninhtv reduces-time)
add(R,"tinh","Giai đoạn 2021 - 2022, tỉnh Bắc Giang rà soát 245 TTHC và đề xuất đơn giản hóa 43 thủ tục; riêng năm 2022, tỉnh cắt giảm ít nhất 30% thời gian giải quyết so với quy định đối với 277 TTHC.",
 [F(245,"TTHC","rà soát","tinh"),F(43,"TTHC","đề xuất đơn giản hóa","tinh"),F(277,"TTHC","cắt giảm thời gian giải quyết","tinh")])
add(N,"so_nganh","Sở Y tế có 21/24 TTHC được cắt giảm 30 - 50% thời gian so với quy định, Ban Quản lý các khu công nghiệp tỉnh có 11/24 thủ tục.",
 [F(21,"TTHC","TTHC cắt giảm thời gian - Sở Y tế","so_nganh"),F(24,"TTHC","tổng số TTHC - Sở Y tế","so_nganh"),F(11,"TTHC","TTHC cắt giảm thời gian - Ban Quản lý các khu công nghiệp","so_nganh"),F(24,"TTHC","tổng số TTHC - Ban Quản lý các khu công nghiệp","so_nganh")])
add(N,"tinh","Hằng năm, UBND tỉnh chỉ đạo các sở, ngành rà soát, cắt giảm ít nhất 20 - 30% thời gian đối với những thủ tục có thời hạn giải quyết từ 15 ngày làm việc trở lên.")
# --- Lâm Bình (baotuyenquang 317)
add(N,"huyen","Năm 2019, Chỉ số năng lực cạnh tranh cấp huyện (DCI) của Lâm Bình đạt 92,92/100 điểm, xếp thứ 3/7 huyện, thành phố của tỉnh Tuyên Quang.",
 [F(92.92,"điểm","Chỉ số năng lực cạnh tranh cấp huyện (DCI)","huyen")])
add(N,"huyen","Trên địa bàn huyện, 100% hồ sơ khai thuế của doanh nghiệp đã được nộp qua mạng và 95% doanh nghiệp nộp thuế điện tử; thời gian nộp thuế giảm xuống dưới 119 giờ mỗi năm.",
 [F(100,"%","tỷ lệ hồ sơ khai thuế nộp qua mạng","huyen"),F(95,"%","tỷ lệ doanh nghiệp nộp thuế điện tử","huyen")])
# --- Lâm Hà (baolamdong 2901930); TP HCM QĐ 5157 (thuvienphapluat)
add(N,"huyen","UBND huyện Lâm Hà yêu cầu chậm nhất trước 1 ngày hết hạn, cơ quan có thẩm quyền phải gửi văn bản xin lỗi tổ chức, cá nhân qua Bộ phận một cửa huyện đối với hồ sơ quá hạn.")
add(N,"tinh","Ngày 30/9/2016, UBND TP Hồ Chí Minh ban hành Quyết định số 5157/QĐ-UBND quy định về thư xin lỗi trong trường hợp giải quyết TTHC trễ hạn.")
# --- Bắc Ninh tháng 10 (bacninhtv n21096)
add(R,"tinh","Trong tháng 10, các sở, ban, ngành tỉnh Bắc Ninh tiếp nhận gần 8.500 hồ sơ, trong đó 7.660 hồ sơ tiếp nhận trực tuyến, đạt 90%; các huyện, thị xã, thành phố tiếp nhận hơn 13.000 hồ sơ, trong đó gần 13.000 hồ sơ trực tuyến, đạt 99%.",
 [F(8500,"hồ sơ","tiếp nhận cấp tỉnh","so_nganh",True),F(7660,"hồ sơ","tiếp nhận trực tuyến cấp tỉnh","so_nganh"),F(90,"%","tỷ lệ tiếp nhận trực tuyến cấp tỉnh","so_nganh"),
  F(13000,"hồ sơ","tiếp nhận cấp huyện","huyen",True),F(13000,"hồ sơ","tiếp nhận trực tuyến cấp huyện","huyen",True),F(99,"%","tỷ lệ tiếp nhận trực tuyến cấp huyện","huyen")])
add(R,"tinh","Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ phát sinh phí, lệ phí của toàn tỉnh đạt trung bình 98% (cấp tỉnh 100%, cấp huyện 97%), tăng 94% so với trước khi có Chỉ thị 10.",
 [F(98,"%","tỷ lệ hồ sơ thanh toán trực tuyến","tinh"),F(100,"%","tỷ lệ hồ sơ thanh toán trực tuyến cấp tỉnh","so_nganh"),F(97,"%","tỷ lệ hồ sơ thanh toán trực tuyến cấp huyện","huyen")])
add(R,"tinh","Tỷ lệ số hóa thành phần hồ sơ trên toàn tỉnh đạt 100%; riêng trong tháng, các đơn vị đã số hóa thêm hơn 1.600 kết quả giải quyết TTHC lịch sử còn hiệu lực.",
 [F(100,"%","tỷ lệ số hóa thành phần hồ sơ","tinh"),F(1600,"kết quả","kết quả TTHC lịch sử được số hóa","tinh",True)])
# --- Quảng Ninh trung tâm hành chính công (vietnamplus 102003)
add(N,"tinh","Trung tâm hành chính công tỉnh Quảng Ninh đi vào hoạt động từ tháng 3/2014 và đã tiếp nhận, giải quyết hơn 90% TTHC của các sở, ngành; một năm sau, tỉnh khai trương thêm 14 trung tâm hành chính công cấp huyện.",
 [F(90,"%","tỷ lệ TTHC của các sở, ngành giải quyết tại Trung tâm","trung_tam",True),F(14,"đơn vị","trung tâm hành chính công cấp huyện được khai trương","huyen")])
add(N,"tinh","Trong 10 tháng đầu năm, hệ thống trung tâm hành chính công các cấp của tỉnh tiếp nhận 20.000 hồ sơ, trên 97% trong số đó được giải quyết trước hạn.",
 [F(20000,"hồ sơ","tiếp nhận","tinh"),F(97,"%","tỷ lệ giải quyết trước hạn","tinh",True)])
add(N,"tinh","Qua 200 phiếu khảo sát gửi doanh nghiệp, trên 99% ý kiến đánh giá việc giải quyết thủ tục công khai, nhanh chóng; 96% cá nhân, doanh nghiệp được hỏi hài lòng với chất lượng phục vụ của Trung tâm hành chính công tỉnh.",
 [F(200,"phiếu","phiếu khảo sát doanh nghiệp","trung_tam"),F(99,"%","tỷ lệ đánh giá giải quyết thủ tục công khai, nhanh chóng","trung_tam",True),F(96,"%","tỷ lệ hài lòng","trung_tam")])
add(N,"tinh","Từ ngày 01/7, dịch vụ công trực tuyến mức độ 3 được triển khai tại 15 sở, ngành cùng các thành phố Hạ Long, Cẩm Phả và thị xã Quảng Yên; đến nay đã có 228 hồ sơ được nộp trực tuyến.",
 [F(15,"đơn vị","sở, ngành triển khai dịch vụ công trực tuyến mức độ 3","so_nganh"),F(228,"hồ sơ","hồ sơ nộp trực tuyến","tinh")])
# --- Quảng Ninh 1.419 TTHC (vietnam.vn day-manh-cai-cach-thu-tuc-hanh-chinh-chuyen-doi-so)
add(R,"tinh","Hiện có 1.419 TTHC được thực hiện tại Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh, gồm 1.369 thủ tục của các sở, ngành, 32 thủ tục của cơ quan Trung ương đóng trên địa bàn và 18 thủ tục của doanh nghiệp cung cấp dịch vụ công.",
 [F(1419,"TTHC","TTHC thực hiện tại Trung tâm","trung_tam"),F(1369,"TTHC","TTHC của các sở, ngành tại Trung tâm","trung_tam"),F(32,"TTHC","TTHC của cơ quan Trung ương tại Trung tâm","trung_tam"),F(18,"TTHC","TTHC của doanh nghiệp cung cấp dịch vụ công tại Trung tâm","trung_tam")])
add(N,"tinh","Từ năm 2021 đến nay, các đơn vị, địa phương của tỉnh đã rà soát, cắt giảm từ 40 - 60% thời gian giải quyết TTHC so với quy định.")
# --- Hòa Bình Trung tâm tháng 2 (baohoabinh 5303)
add(R,"tinh","Trong tháng 2, Trung tâm Phục vụ hành chính công tỉnh Hòa Bình tiếp nhận, xử lý 6.120 hồ sơ TTHC; trong đó 3.257 hồ sơ đã giải quyết xong, 1.160 hồ sơ tạm dừng để bổ sung, điều chỉnh, 2.863 hồ sơ đang giải quyết trong hạn và 132 hồ sơ quá hạn.",
 [F(6120,"hồ sơ","tiếp nhận, xử lý","trung_tam"),F(3257,"hồ sơ","đã giải quyết xong","trung_tam"),F(1160,"hồ sơ","tạm dừng để bổ sung, điều chỉnh","trung_tam"),F(2863,"hồ sơ","đang giải quyết trong hạn","trung_tam"),F(132,"hồ sơ","quá hạn","trung_tam")])
add(R,"tinh","Trong 209 ý kiến đánh giá nhận được trong tháng, 208 ý kiến (99,5%) cho rằng cơ sở vật chất, trang thiết bị của Trung tâm rất tốt và 202 ý kiến (96,7%) đánh giá công chức có thái độ lịch sự, thân thiện.",
 [F(209,"ý kiến","ý kiến đánh giá","trung_tam"),F(208,"ý kiến","đánh giá cơ sở vật chất rất tốt","trung_tam"),F(99.5,"%","tỷ lệ đánh giá cơ sở vật chất rất tốt","trung_tam"),F(202,"ý kiến","đánh giá thái độ lịch sự, thân thiện","trung_tam"),F(96.7,"%","tỷ lệ đánh giá thái độ lịch sự, thân thiện","trung_tam")])
add(R,"tinh","Về mức độ hài lòng, 96,2% ý kiến rất hài lòng với dịch vụ của Trung tâm, 3,8% hài lòng và không có ý kiến nào không hài lòng.",
 [F(96.2,"%","tỷ lệ rất hài lòng","trung_tam"),F(3.8,"%","tỷ lệ hài lòng","trung_tam")])
# --- Bà Nà, Đà Nẵng (vietnam.vn da-nang-quang-ngai-thu-tuc-hanh-chinh)
add(N,"xa","Ngay ngày đầu vận hành mô hình mới, xã Bà Nà (TP Đà Nẵng) bố trí 9 quầy tiếp nhận TTHC cùng cán bộ túc trực hướng dẫn người dân thao tác trên thiết bị điện tử.",
 [F(9,"quầy","quầy tiếp nhận TTHC","xa")])
# --- Nhơn Trạch, Đại Phước, Phước An (baodongnai 0920e19)
add(R,"xa","Từ ngày 01/7 đến 27/8, xã Nhơn Trạch tiếp nhận hơn 7.500 hồ sơ; tỷ lệ số hóa hồ sơ đạt 91,06% và tỷ lệ số hóa kết quả giải quyết đạt 96,59%.",
 [F(7500,"hồ sơ","tiếp nhận","xa",True),F(91.06,"%","tỷ lệ số hóa hồ sơ","xa"),F(96.59,"%","tỷ lệ số hóa kết quả giải quyết","xa")])
add(N,"tinh","Ngày 04/9, Phó Giám đốc Sở Nội vụ, Thường trực Tổ công tác cải cách hành chính tỉnh Đồng Nai dẫn đoàn kiểm tra công tác cải cách hành chính, kiểm soát TTHC tại 3 xã Đại Phước, Nhơn Trạch và Phước An.",
 [F(3,"đơn vị","xã được kiểm tra công tác cải cách hành chính","xa")])
# --- Đại Phước (baodongnai 0af0970)
add(N,"xa","Tính đến ngày 06/8, tỷ lệ hồ sơ nộp trực tuyến của xã Đại Phước đạt 97%; mỗi ngày Trung tâm đều bố trí công chức trực tiếp hỗ trợ người dân sử dụng tài khoản định danh điện tử.",
 [F(97,"%","tỷ lệ hồ sơ nộp trực tuyến","xa",False,"BM7-6.4")])
add(N,"xa","Xã Đắk Nhau là địa bàn vùng sâu, cách trung tâm tỉnh Đồng Nai hơn 200 km, nên cán bộ thường phải làm thêm ngoài giờ để phục vụ người dân.")
# --- Đồng Xoài (baodongnai ede2b8a)
add(R,"xa","Từ ngày 01/7 đến 30/9/2025, Trung tâm Phục vụ hành chính công phường Đồng Xoài tiếp nhận 2.384 hồ sơ; đã giải quyết 2.259 hồ sơ, đang xử lý 83 hồ sơ và tạm dừng 42 hồ sơ; tỷ lệ giải quyết đạt 98,23%, không có hồ sơ quá hạn.",
 [F(2384,"hồ sơ","tiếp nhận","xa"),F(2259,"hồ sơ","đã giải quyết","xa",False,"BM3-3.3.1"),F(83,"hồ sơ","đang xử lý","xa"),F(42,"hồ sơ","tạm dừng","xa"),F(98.23,"%","tỷ lệ giải quyết","xa")])
add(R,"xa","Trong số hồ sơ tiếp nhận có 793 hồ sơ dịch vụ công toàn trình và 1.591 hồ sơ dịch vụ công một phần.",
 [F(793,"hồ sơ","hồ sơ dịch vụ công toàn trình","xa"),F(1591,"hồ sơ","hồ sơ dịch vụ công một phần","xa")])
# --- Đồng Nai 2025 (baodongnai 78414a3)
add(N,"tinh","Từ cuối tháng 7 đến tháng 8/2025, tỉnh Đồng Nai phát động \"Chiến dịch 30 ngày\" nâng tỷ lệ số hóa hồ sơ, dịch vụ công trực tuyến và thanh toán trực tuyến.")
# --- Hà Nam ward, Ninh Bình (vjs chuyen-doi-so-nang-cao-hieu-luc)
add(R,"xa","Sau hơn 2 tháng vận hành, Trung tâm Phục vụ hành chính công phường Hà Nam đã tiếp nhận, giải quyết hơn 2.700 hồ sơ, trong đó hồ sơ trực tuyến chiếm gần 85%; 99,9% hồ sơ được trả kết quả đúng và trước hạn, chỉ 2 hồ sơ trả quá hạn.",
 [F(2700,"hồ sơ","tiếp nhận, giải quyết","xa",True),F(85,"%","tỷ lệ hồ sơ trực tuyến","xa",True,"BM7-6.4"),F(99.9,"%","tỷ lệ trả kết quả đúng và trước hạn","xa"),F(2,"hồ sơ","trả kết quả quá hạn","xa")])
add(N,"xa","Trên Cổng Dịch vụ công quốc gia, mức độ hài lòng của người dân, doanh nghiệp đối với phường Hà Nam đạt 87,25 điểm; phường đạt điểm tuyệt đối ở chỉ số công khai, minh bạch.",
 [F(87.25,"điểm","mức độ hài lòng của người dân, doanh nghiệp","xa")])

# ---------------------------------------------------------------- write + validate
HERE = os.path.dirname(os.path.abspath(__file__))
CAT = "/work/shared/reference/catalog.csv"
codes = set()
with open(CAT, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        codes.add(f"BM{r['form']}-{r['code']}")
rows = []
seen = set()
for i, (kind, level, text, facts) in enumerate(C, 1):
    text = unicodedata.normalize("NFC", text)
    assert text not in seen, text
    seen.add(text)
    assert kind in ("report", "news") and level in ("tinh", "huyen", "xa", "so_nganh")
    for fa in facts:
        fa["measure"] = unicodedata.normalize("NFC", fa["measure"])
        fa["unit"] = unicodedata.normalize("NFC", fa["unit"])
        assert fa["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), fa
        assert fa["code"] == "" or fa["code"] in codes, fa
        assert isinstance(fa["approx"], bool) and isinstance(fa["value"], (int, float))
    rows.append({"case_id": f"H5-N-{i:03d}", "source_kind": kind, "doc_level": level, "text": text,
                 "facts": json.dumps(facts, ensure_ascii=False)})
with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["case_id", "source_kind", "doc_level", "text", "facts"])
    w.writeheader()
    w.writerows(rows)
print(len(rows), "cases")
