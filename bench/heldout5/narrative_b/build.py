# Builds cases.csv for held-out set 5b (narrative, report-style texts). Texts are my own wording;
# figures come from the public pages listed in README.md. Run: python3 build.py  (writes + validates)
import csv, json, unicodedata, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
C = []
def add(level, text, facts=()):
    C.append(("report", level, text, list(facts)))

# --- Định Quán (Đồng Nai), năm 2019 — baodongnai 2981774
add("huyen", "Năm 2019, tổng số hồ sơ TTHC thuộc thẩm quyền của cấp huyện và cấp xã trên địa bàn huyện Định Quán đã được giải quyết là trên 132 ngàn hồ sơ; trong đó số hồ sơ giải quyết đúng hạn trên 130 ngàn hồ sơ, đạt trên 98%.",
 [F(132000,"hồ sơ","đã giải quyết (cấp huyện và cấp xã)","huyen",True),F(130000,"hồ sơ","giải quyết đúng hạn (cấp huyện và cấp xã)","huyen",True),F(98,"%","tỷ lệ giải quyết đúng hạn (cấp huyện và cấp xã)","huyen",True)])
add("huyen", "Riêng cấp huyện đã giải quyết gần 49 ngàn hồ sơ, trong đó trên 48,6 ngàn hồ sơ đúng hạn (đạt 99%); 245 hồ sơ trễ hạn (chiếm 1%), tất cả hồ sơ trễ hạn đều có thư xin lỗi người dân theo quy định.",
 [F(49000,"hồ sơ","đã giải quyết","huyen",True,"BM3-3.2.1"),F(48600,"hồ sơ","giải quyết đúng hạn","huyen",True,"BM3-3.2.2"),F(99,"%","tỷ lệ giải quyết đúng hạn","huyen",False,"BM3-3.2"),F(245,"hồ sơ","giải quyết trễ hạn","huyen"),F(1,"%","tỷ lệ trễ hạn","huyen")])
add("huyen", "Cấp xã giải quyết trên 83 ngàn hồ sơ, số hồ sơ đúng hạn là gần 82 ngàn hồ sơ (đạt 98,5%); số hồ sơ trễ hạn gần 1,3 ngàn hồ sơ (chiếm 1,4%), chủ yếu do công chức chưa cập nhật kịp thời trạng thái hồ sơ trên phần mềm một cửa Egov.",
 [F(83000,"hồ sơ","đã giải quyết","xa",True,"BM3-3.3.1"),F(82000,"hồ sơ","giải quyết đúng hạn","xa",True,"BM3-3.3.2"),F(98.5,"%","tỷ lệ giải quyết đúng hạn","xa",False,"BM3-3.3"),F(1300,"hồ sơ","giải quyết trễ hạn","xa",True),F(1.4,"%","tỷ lệ trễ hạn","xa")])

# --- Điện Biên: xã Mường Mùn, phường Điện Biên Phủ (sau 01/7/2025) — baodienbienphu Sw9OX9ivR
add("xa", "Từ ngày 01/7/2025 đến nay, Trung tâm Phục vụ hành chính công xã Mường Mùn đã tiếp nhận 976 hồ sơ TTHC, trong đó 891 hồ sơ nộp trực tuyến; 100% hồ sơ được giải quyết trước hạn.",
 [F(976,"hồ sơ","tiếp nhận","xa",False,"BM7-6.4.1"),F(891,"hồ sơ","tiếp nhận trực tuyến","xa",False,"BM7-6.4.2"),F(100,"%","tỷ lệ giải quyết trước hạn","xa")])
add("xa", "Từ ngày 01/7/2025, Trung tâm Phục vụ hành chính công phường Điện Biên Phủ tiếp nhận hơn 5.780 hồ sơ, gồm 2.387 hồ sơ trực tuyến và 3.393 hồ sơ trực tiếp.",
 [F(5780,"hồ sơ","tiếp nhận","xa",True,"BM7-6.4.1"),F(2387,"hồ sơ","tiếp nhận trực tuyến","xa",False,"BM7-6.4.2"),F(3393,"hồ sơ","tiếp nhận trực tiếp","xa")])
add("xa", "Phường đã giải quyết xong 5.583 hồ sơ, trong đó 2.199 hồ sơ trước hạn và 3.353 hồ sơ đúng hạn; còn 197 hồ sơ đang giải quyết trong hạn.",
 [F(5583,"hồ sơ","đã giải quyết","xa",False,"BM3-3.3.1"),F(2199,"hồ sơ","giải quyết trước hạn","xa"),F(3353,"hồ sơ","giải quyết đúng hạn (không kể trước hạn)","xa"),F(197,"hồ sơ","đang giải quyết trong hạn","xa")])

# --- Quận 1, TP Hồ Chí Minh, năm 2018 — thanhnien 1052762
add("huyen", "Năm 2018, UBND Quận 1 tiếp nhận 585.336 hồ sơ hành chính; đã giải quyết 585.116 hồ sơ, đạt tỷ lệ 99,96%, trong đó 585.116 hồ sơ giải quyết đúng hạn, không có hồ sơ trễ hạn; còn 220 hồ sơ đang giải quyết trong hạn.",
 [F(585336,"hồ sơ","tiếp nhận","huyen"),F(585116,"hồ sơ","đã giải quyết","huyen",False,"BM3-3.2.1"),F(99.96,"%","tỷ lệ đã giải quyết trên số tiếp nhận","huyen"),F(585116,"hồ sơ","giải quyết đúng hạn","huyen",False,"BM3-3.2.2"),F(220,"hồ sơ","đang giải quyết trong hạn","huyen")])
add("huyen", "Qua kiểm soát trong 3 năm 2016 - 2018, toàn quận chỉ có 1 hồ sơ trễ hạn (năm 2017) tại UBND phường Phạm Ngũ Lão do thông tin hộ khẩu của trẻ bị cập nhật sai; UBND phường đã gửi thư xin lỗi người dân.",
 [F(1,"hồ sơ","hồ sơ trễ hạn","xa")])

# --- Ninh Bình — baoninhbinh 251119105109462; lforum.biz (PAR 2023); vietnam.vn xay-dung-nen-hanh-chinh-vi-dan (Yên Mô)
add("tinh", "Sau 4 tháng hợp nhất, tỉnh Ninh Bình cung cấp 1.966 dịch vụ công trực tuyến, trong đó 1.364 dịch vụ toàn trình; tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt trên 88%.",
 [F(1966,"dịch vụ","dịch vụ công trực tuyến đang cung cấp","tinh"),F(1364,"dịch vụ","dịch vụ công trực tuyến toàn trình","tinh"),F(88,"%","tỷ lệ hồ sơ nộp trực tuyến","tinh",True,"BM7-6.4")])
add("tinh", "Từ ngày 01/7/2025, tỉnh Ninh Bình dừng vận hành Cổng Dịch vụ công của tỉnh và tích hợp toàn bộ lên Cổng Dịch vụ công quốc gia, là một trong những địa phương đi đầu thực hiện việc này.")
add("tinh", "Đến nay, 100% Trung tâm Phục vụ hành chính công cấp xã của tỉnh đã đáp ứng đầy đủ yêu cầu về cơ sở vật chất, trang thiết bị.",
 [F(100,"%","Trung tâm PVHCC cấp xã đáp ứng yêu cầu cơ sở vật chất","xa")])
add("tinh", "Năm 2023, Chỉ số cải cách hành chính của tỉnh Ninh Bình đạt 88,72%, xếp thứ 11/63 tỉnh, thành phố, tăng 6 bậc so với năm 2022 và tăng 9 bậc so với năm 2021.",
 [F(88.72,"%","Chỉ số cải cách hành chính (PAR INDEX)","tinh")])
add("tinh", "Chỉ số thành phần Công tác chỉ đạo, điều hành cải cách hành chính của tỉnh đạt 100%, năm thứ ba liên tiếp dẫn đầu cả nước; chỉ số thành phần Cải cách TTHC xếp thứ 11, tăng 7 bậc so với năm 2022.",
 [F(100,"%","chỉ số thành phần công tác chỉ đạo, điều hành CCHC","tinh")])
add("xa", "Trung tâm Phục vụ hành chính công xã Yên Mô được trang bị máy lấy số tự động, 7 máy tính, 5 máy quét và 4 máy in; Trung tâm bố trí 12 cán bộ, công chức phụ trách các lĩnh vực.",
 [F(7,"máy","máy tính được trang bị","xa"),F(5,"máy","máy quét được trang bị","xa"),F(4,"máy","máy in được trang bị","xa"),F(12,"người","cán bộ, công chức của Trung tâm","xa")])

# --- Long An — news.baolongan a151419, a78326
add("tinh", "Năm 2022 và quý I/2023, toàn tỉnh Long An tiếp nhận 1.478.743 hồ sơ TTHC; trong đó 56,62% được giải quyết trước hạn, 41,87% đúng hạn, 0,32% quá hạn và 1,19% đang giải quyết.",
 [F(1478743,"hồ sơ","tiếp nhận","tinh"),F(56.62,"%","tỷ lệ giải quyết trước hạn","tinh"),F(41.87,"%","tỷ lệ giải quyết đúng hạn","tinh"),F(0.32,"%","tỷ lệ quá hạn","tinh"),F(1.19,"%","tỷ lệ đang giải quyết","tinh")])
add("tinh", "Về thực hiện Đề án 06, đến nay tỉnh đã cấp thẻ căn cước công dân gắn chíp cho 1.363.497/1.449.129 công dân đủ điều kiện, đạt 95,82%.",
 [F(1363497,"người","công dân đã được cấp căn cước gắn chíp","tinh"),F(1449129,"người","công dân đủ điều kiện cấp căn cước","tinh"),F(95.82,"%","tỷ lệ cấp căn cước gắn chíp","tinh")])
add("tinh", "Sáu tháng đầu năm, Trung tâm Phục vụ hành chính công tỉnh Long An tiếp nhận 44.855 hồ sơ của các sở, ngành, gồm 2.381 hồ sơ kỳ trước chuyển sang và 42.474 hồ sơ mới; trong đó 8.195 hồ sơ tiếp nhận, trả kết quả qua bưu chính công ích (18,27%) và 779 hồ sơ qua Cổng dịch vụ công trực tuyến (1,74%).",
 [F(44855,"hồ sơ","tổng số hồ sơ (kể cả kỳ trước chuyển sang)","trung_tam"),F(2381,"hồ sơ","kỳ trước chuyển sang","trung_tam"),F(42474,"hồ sơ","tiếp nhận mới","trung_tam"),F(8195,"hồ sơ","qua bưu chính công ích","trung_tam"),F(18.27,"%","tỷ lệ qua bưu chính công ích","trung_tam"),F(779,"hồ sơ","tiếp nhận qua Cổng dịch vụ công trực tuyến","trung_tam"),F(1.74,"%","tỷ lệ tiếp nhận trực tuyến","trung_tam")])
add("tinh", "Ngoài ra, Trung tâm tiếp nhận 1.111 hồ sơ trực tiếp trên phần mềm của Bộ Kế hoạch và Đầu tư và 5.629 hồ sơ trên phần mềm của Bộ Giao thông vận tải.",
 [F(1111,"hồ sơ","tiếp nhận trên phần mềm của Bộ Kế hoạch và Đầu tư","trung_tam"),F(5629,"hồ sơ","tiếp nhận trên phần mềm của Bộ Giao thông vận tải","trung_tam")])
add("tinh", "Trong 41.111 hồ sơ đã giải quyết, có 16.110 hồ sơ trước hạn (39,19%), 24.885 hồ sơ đúng hạn (60,53%) và 116 hồ sơ trễ hạn (0,28%); tổng phí, lệ phí thu được của 19 sở, ngành là hơn 8,48 tỷ đồng.",
 [F(41111,"hồ sơ","đã giải quyết","trung_tam"),F(16110,"hồ sơ","giải quyết trước hạn","trung_tam"),F(39.19,"%","tỷ lệ trước hạn","trung_tam"),F(24885,"hồ sơ","giải quyết đúng hạn","trung_tam"),F(60.53,"%","tỷ lệ đúng hạn","trung_tam"),F(116,"hồ sơ","giải quyết trễ hạn","trung_tam"),F(0.28,"%","tỷ lệ trễ hạn","trung_tam"),F(8.48,"tỷ đồng","phí, lệ phí thu được","trung_tam",True)])
add("tinh", "Trung tâm nhận 1.645 phiếu đánh giá cán bộ tiếp nhận và trả kết quả, trong đó 1.614 phiếu hài lòng (98,12%), 16 phiếu bình thường (0,97%) và 15 phiếu không hài lòng (0,91%).",
 [F(1645,"phiếu","phiếu đánh giá cán bộ tại Trung tâm","trung_tam"),F(1614,"phiếu","phiếu hài lòng","trung_tam"),F(98.12,"%","tỷ lệ hài lòng","trung_tam"),F(16,"phiếu","phiếu bình thường","trung_tam"),F(0.97,"%","tỷ lệ bình thường","trung_tam"),F(15,"phiếu","phiếu không hài lòng","trung_tam"),F(0.91,"%","tỷ lệ không hài lòng","trung_tam")])
add("tinh", "Trong 6 tháng, Cổng thông tin điện tử của Trung tâm đăng tải 1.876 tin, bài và biên dịch 102 tin sang tiếng Anh.",
 [F(1876,"tin","tin, bài đăng tải","trung_tam"),F(102,"tin","tin biên dịch sang tiếng Anh","trung_tam")])
# --- xã Uar (Gia Lai), sau 01/7/2025 — vietnam.vn cac-xa-vung-kho-but-pha-trong-cai-cach-hanh-chinh
add("xa", "Từ đầu tháng 7/2025, Trung tâm Phục vụ hành chính công xã Uar tiếp nhận hơn 1.000 hồ sơ TTHC, trong đó gần 88% qua dịch vụ công trực tuyến; đã trả kết quả gần 900 hồ sơ, hơn 97% đúng hạn và trước hạn.",
 [F(1000,"hồ sơ","tiếp nhận","xa",True,"BM7-6.4.1"),F(88,"%","tỷ lệ hồ sơ trực tuyến","xa",True,"BM7-6.4"),F(900,"hồ sơ","đã giải quyết, trả kết quả","xa",True,"BM3-3.3.1"),F(97,"%","tỷ lệ giải quyết đúng hạn và trước hạn","xa",True,"BM3-3.3")])
add("xa", "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của xã Uar đạt 89,07 điểm (cập nhật ngày 22/9/2025), tăng so với mức 75,48 điểm của tháng 7/2025.",
 [F(89.07,"điểm","Bộ chỉ số phục vụ người dân, doanh nghiệp","xa")])

# --- Vĩnh Phúc, tháng 01/2022 — baovinhphuc 73165
add("tinh", "Tháng 01/2022, Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc tiếp nhận mới 5.562 hồ sơ; trong số 4.215 hồ sơ đến hạn giải quyết có 4.186 hồ sơ được trả kết quả trước và đúng hạn, đạt 99,3%.",
 [F(5562,"hồ sơ","tiếp nhận mới","trung_tam"),F(4215,"hồ sơ","đến hạn giải quyết","trung_tam"),F(4186,"hồ sơ","trả kết quả trước và đúng hạn","trung_tam"),F(99.3,"%","tỷ lệ trước và đúng hạn","trung_tam")])
add("tinh", "Có 18 cơ quan, đơn vị cấp tỉnh phát sinh hồ sơ trực tuyến với tổng số gần 900 hồ sơ, gồm 40 hồ sơ mức độ 3 và gần 860 hồ sơ mức độ 4.",
 [F(18,"đơn vị","cơ quan cấp tỉnh phát sinh hồ sơ trực tuyến","so_nganh"),F(900,"hồ sơ","hồ sơ trực tuyến","so_nganh",True),F(40,"hồ sơ","hồ sơ mức độ 3","so_nganh"),F(860,"hồ sơ","hồ sơ mức độ 4","so_nganh",True)])

# --- Quảng Nam, 2018 — baoquangnam 60730
add("tinh", "Từ ngày 02/01 đến 17/5/2018, Trung tâm Hành chính công và Xúc tiến đầu tư tỉnh Quảng Nam tiếp nhận 25.368 hồ sơ, đã giải quyết 23.239 hồ sơ; lũy kế phí, lệ phí thu được khoảng 4,8 tỷ đồng.",
 [F(25368,"hồ sơ","tiếp nhận","trung_tam"),F(23239,"hồ sơ","đã giải quyết","trung_tam"),F(4.8,"tỷ đồng","phí, lệ phí thu lũy kế","trung_tam",True)])
add("tinh", "Riêng trong tuần từ 11 đến 17/5/2018, Trung tâm đón 1.129 lượt tổ chức, công dân; đã giải quyết 1.456/1.625 hồ sơ, trong đó 1.447 hồ sơ đúng hạn (99,4%), nhưng số hồ sơ tiếp nhận và xử lý trực tuyến chỉ có 108 hồ sơ.",
 [F(1129,"lượt","lượt tổ chức, công dân đến giao dịch","trung_tam"),F(1456,"hồ sơ","đã giải quyết","trung_tam"),F(1625,"hồ sơ","hồ sơ phải giải quyết","trung_tam"),F(1447,"hồ sơ","giải quyết đúng hạn","trung_tam"),F(99.4,"%","tỷ lệ đúng hạn","trung_tam"),F(108,"hồ sơ","tiếp nhận và xử lý trực tuyến","trung_tam")])
add("tinh", "Các cơ quan có nhiều hồ sơ giao dịch tại Trung tâm là Công an tỉnh (590 hồ sơ), Sở Lao động - Thương binh và Xã hội (209 hồ sơ), Sở Công Thương (209 hồ sơ), Sở Giao thông vận tải (156 hồ sơ), Sở Tư pháp (128 hồ sơ) và Sở Kế hoạch và Đầu tư (107 hồ sơ).",
 [F(590,"hồ sơ","hồ sơ của Công an tỉnh","trung_tam"),F(209,"hồ sơ","hồ sơ của Sở Lao động - Thương binh và Xã hội","trung_tam"),F(209,"hồ sơ","hồ sơ của Sở Công Thương","trung_tam"),F(156,"hồ sơ","hồ sơ của Sở Giao thông vận tải","trung_tam"),F(128,"hồ sơ","hồ sơ của Sở Tư pháp","trung_tam"),F(107,"hồ sơ","hồ sơ của Sở Kế hoạch và Đầu tư","trung_tam")])

# --- Điện Biên, bộ máy sau sắp xếp — baodienbienphu alnwAVzDg
add("tinh", "Tỉnh Điện Biên đã hoàn thành sắp xếp 129 đơn vị hành chính cấp xã thành 45 đơn vị mới, giảm 84 đơn vị, tương đương 65,1%.")
add("tinh", "Sau sắp xếp, số cơ quan chuyên môn thuộc UBND tỉnh còn 14 cơ quan, giảm 5 cơ quan (26,3%); cơ cấu tổ chức bên trong giảm 42 phòng, 1 chi cục và 5 đơn vị sự nghiệp công lập.",
 [F(14,"cơ quan","cơ quan chuyên môn thuộc UBND tỉnh","tinh"),F(5,"cơ quan","cơ quan chuyên môn đã giảm","tinh"),F(26.3,"%","tỷ lệ cơ quan chuyên môn giảm","tinh"),F(42,"phòng","phòng đã giảm","tinh"),F(1,"chi cục","chi cục đã giảm","tinh"),F(5,"đơn vị","đơn vị sự nghiệp công lập đã giảm","tinh")])
add("tinh", "Đến nay, 45/45 xã, phường đã thành lập Trung tâm Phục vụ hành chính công; toàn tỉnh còn 10 đơn vị sự nghiệp công lập cấp tỉnh.",
 [F(45,"đơn vị","xã, phường đã thành lập Trung tâm PVHCC","xa"),F(45,"đơn vị","tổng số xã, phường","xa"),F(10,"đơn vị","đơn vị sự nghiệp công lập cấp tỉnh","tinh")])
add("tinh", "Toàn tỉnh đã bố trí 23.741 cán bộ, công chức, viên chức, gồm 4.327 cán bộ, công chức và 19.414 viên chức; trong đó 6.878 người công tác ở cấp tỉnh và 16.863 người ở cấp xã.",
 [F(23741,"người","cán bộ, công chức, viên chức đã bố trí","tinh"),F(4327,"người","cán bộ, công chức","tinh"),F(19414,"người","viên chức","tinh"),F(6878,"người","bố trí ở cấp tỉnh","so_nganh"),F(16863,"người","bố trí ở cấp xã","xa")])

# --- Thái Nguyên, 7 tháng năm 2024 — en.baothainguyen.vn 202408 abolishing-499
add("tinh", "Từ đầu năm đến hết tháng 7/2024, Chủ tịch UBND tỉnh Thái Nguyên đã ban hành 63 quyết định công bố danh mục 982 TTHC thuộc phạm vi quản lý của các sở, ngành, trong đó 483 TTHC ban hành mới và 499 TTHC bị bãi bỏ.",
 [F(63,"văn bản","quyết định công bố danh mục TTHC","tinh"),F(982,"TTHC","TTHC được công bố","so_nganh"),F(483,"TTHC","TTHC ban hành mới","so_nganh",False,"BM3-1.2"),F(499,"TTHC","TTHC bãi bỏ","so_nganh",False,"BM3-1.3")])
add("tinh", "Hiện tổng số TTHC còn hiệu lực thuộc thẩm quyền giải quyết trên địa bàn tỉnh là 1.858 thủ tục, gồm 1.451 TTHC cấp tỉnh, 284 TTHC cấp huyện và 123 TTHC cấp xã.",
 [F(1858,"TTHC","tổng số TTHC thuộc thẩm quyền","tinh",False,"BM3-1.4"),F(1451,"TTHC","TTHC cấp tỉnh","so_nganh",False,"BM3-1.4.1"),F(284,"TTHC","TTHC cấp huyện","huyen",False,"BM3-1.4.2"),F(123,"TTHC","TTHC cấp xã","xa",False,"BM3-1.4.3")])
add("tinh", "Toàn bộ 1.858 TTHC đã được phê duyệt quy trình nội bộ; từ đầu năm, Tổ kiểm tra của tỉnh đã kiểm tra công tác cải cách hành chính tại 83 cơ quan, đơn vị, địa phương.",
 [F(1858,"TTHC","TTHC đã phê duyệt quy trình nội bộ","tinh"),F(83,"đơn vị","cơ quan, đơn vị, địa phương được kiểm tra","tinh")])
add("tinh", "Hiện các sở, ngành của tỉnh đang triển khai kế hoạch rà soát, đơn giản hóa TTHC nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025.")

# --- Lào Cai, sau hợp nhất 2025 — vietnam.vn tiep-tuc-day-manh-thuc-hien-cac-nhiem-vu-de-an-06; vietnam.vn tu-01-12-2025-...
add("tinh", "UBND tỉnh Lào Cai đã công bố 2.193 TTHC trên Cơ sở dữ liệu quốc gia về TTHC, trong đó 1.875 TTHC thuộc thẩm quyền giải quyết của cấp tỉnh và 318 TTHC thuộc thẩm quyền của cấp xã.",
 [F(2193,"TTHC","tổng số TTHC thuộc thẩm quyền","tinh",False,"BM3-1.4"),F(1875,"TTHC","TTHC cấp tỉnh","so_nganh",False,"BM3-1.4.1"),F(318,"TTHC","TTHC cấp xã","xa",False,"BM3-1.4.3")])
add("tinh", "100% TTHC được công khai trên Cổng Dịch vụ công quốc gia, trong đó 2.094 TTHC là dịch vụ công trực tuyến và 99 TTHC chưa tiếp nhận hồ sơ trực tuyến; tỉnh đã phê duyệt 1.244 TTHC giải quyết theo dịch vụ công trực tuyến một phần và 850 TTHC toàn trình.",
 [F(100,"%","TTHC công khai trên Cổng DVCQG","tinh"),F(2094,"TTHC","TTHC là dịch vụ công trực tuyến","tinh"),F(99,"TTHC","TTHC chưa tiếp nhận hồ sơ trực tuyến","tinh"),F(1244,"TTHC","TTHC dịch vụ công trực tuyến một phần","tinh"),F(850,"TTHC","TTHC dịch vụ công trực tuyến toàn trình","tinh")])
add("tinh", "Theo Bảng đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp, Lào Cai xếp thứ 15/34 tỉnh, thành phố; Chỉ số Công khai, minh bạch đạt 15,42 điểm, Tiến độ giải quyết hồ sơ 19,24 điểm, Dịch vụ công trực tuyến 16,85 điểm, Mức độ hài lòng 17,97 điểm và Số hóa hồ sơ 19,24 điểm.",
 [F(15.42,"điểm","chỉ số công khai, minh bạch","tinh"),F(19.24,"điểm","chỉ số tiến độ giải quyết hồ sơ","tinh"),F(16.85,"điểm","chỉ số dịch vụ công trực tuyến","tinh"),F(17.97,"điểm","chỉ số mức độ hài lòng","tinh"),F(19.24,"điểm","chỉ số số hóa hồ sơ","tinh")])
add("tinh", "Tỉnh đã hoàn thành tái cấu trúc quy trình, tích hợp và cung cấp 57/75 dịch vụ công thiết yếu theo Đề án 06 trên Cổng Dịch vụ công quốc gia.",
 [F(57,"dịch vụ","dịch vụ công thiết yếu đã tích hợp, cung cấp","tinh"),F(75,"dịch vụ","tổng số dịch vụ công thiết yếu","tinh")])
add("tinh", "Theo kế hoạch, từ ngày 01/12/2025 toàn bộ 2.199 TTHC cấp tỉnh và cấp xã của Lào Cai sẽ được tiếp nhận không phụ thuộc địa giới hành chính; giai đoạn chuẩn bị kéo dài đến hết ngày 30/11/2025.")

# --- Tiền Giang, 2020 — vietmaz.com 2020/08 (VNS)
add("tinh", "Hệ thống quản lý văn bản và điều hành dùng chung của tỉnh Tiền Giang có hơn 27.000 người dùng; tỷ lệ văn bản gửi, nhận dưới dạng điện tử giữa các cơ quan nhà nước trong tỉnh đạt trên 80%.",
 [F(27000,"người","người dùng hệ thống quản lý văn bản","tinh",True),F(80,"%","tỷ lệ văn bản điện tử giữa các cơ quan nhà nước","tinh",True,"BM7-5.2")])
add("tinh", "Trong tổng số dịch vụ hành chính của tỉnh, 52% được cung cấp trực tuyến ở mức độ 3 và 45% ở mức độ 4.",
 [F(52,"%","tỷ lệ dịch vụ hành chính trực tuyến mức độ 3 trên tổng số","tinh"),F(45,"%","tỷ lệ dịch vụ hành chính trực tuyến mức độ 4 trên tổng số","tinh")])
add("tinh", "Năm 2019, Tiền Giang nằm trong 5 địa phương dẫn đầu cả nước về Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông.")

# --- TP Hồ Chí Minh — thuvienphapluat Báo cáo 47/BC-UBND (quý I/2020); vietnamnews 569947 (11/2019); vietnamnews 301074 (6 tháng 2016)
add("tinh", "Trong quý I năm 2020, thành phố không phát sinh việc đánh giá tác động quy định TTHC; Văn phòng UBND thành phố đã góp ý 06 dự thảo văn bản có quy định TTHC.",
 [F(6,"văn bản","dự thảo văn bản có quy định TTHC được góp ý","so_nganh")])
add("tinh", "Tính đến tháng 11/2019, thành phố cung cấp 1.140 dịch vụ công trực tuyến mức độ 3 (284 dịch vụ của các sở, ngành và 856 dịch vụ của các quận, huyện) và 375 dịch vụ công trực tuyến mức độ 4 (187 dịch vụ của các sở, ngành và 188 dịch vụ của các quận, huyện).",
 [F(1140,"dịch vụ","dịch vụ công trực tuyến mức độ 3","tinh",False,"BM7-6.1.2"),F(284,"dịch vụ","dịch vụ mức độ 3 của sở, ngành","so_nganh"),F(856,"dịch vụ","dịch vụ mức độ 3 của quận, huyện","huyen"),F(375,"dịch vụ","dịch vụ công trực tuyến mức độ 4","tinh",False,"BM7-6.2.2"),F(187,"dịch vụ","dịch vụ mức độ 4 của sở, ngành","so_nganh"),F(188,"dịch vụ","dịch vụ mức độ 4 của quận, huyện","huyen")])
add("tinh", "Thành phố đặt mục tiêu đến cuối năm 2020 hoàn thành tích hợp 42 dịch vụ công lên Cổng Dịch vụ công quốc gia và 322/644 dịch vụ công trực tuyến mức độ 3, 4.")
add("tinh", "Theo báo cáo 6 tháng đầu năm 2016 của Sở Nội vụ, Cục Thuế thành phố đã gửi hơn 4.080 thư xin lỗi người dân do chậm giải quyết hồ sơ; Sở Y tế gửi 134 thư, Sở Du lịch 10 thư và Sở Tài nguyên và Môi trường 5 thư.",
 [F(4080,"thư","thư xin lỗi của Cục Thuế thành phố","so_nganh",True),F(134,"thư","thư xin lỗi của Sở Y tế","so_nganh"),F(10,"thư","thư xin lỗi của Sở Du lịch","so_nganh"),F(5,"thư","thư xin lỗi của Sở Tài nguyên và Môi trường","so_nganh")])
add("tinh", "Ở cấp quận, huyện, UBND quận Bình Tân gửi hơn 4.550 thư xin lỗi, phần lớn thuộc Văn phòng đăng ký đất đai; UBND quận Phú Nhuận chỉ gửi 1 thư.",
 [F(4550,"thư","thư xin lỗi của UBND quận Bình Tân","huyen",True),F(1,"thư","thư xin lỗi của UBND quận Phú Nhuận","huyen")])

# --- Kon Tum, tháng 2-3/2025 — news.laodong 1521883
add("tinh", "Chỉ trong tháng 2 và tháng 3/2025, trên địa bàn 7 huyện, thành phố của tỉnh Kon Tum có 81 hồ sơ trễ hạn, tập trung tại các Chi nhánh Văn phòng đăng ký đất đai.",
 [F(81,"hồ sơ","hồ sơ trễ hạn","huyen")])
add("tinh", "Sở Nông nghiệp và Môi trường yêu cầu 100% hồ sơ quá hạn phải có văn bản giải trình gửi người đứng đầu cơ quan; công chức xử lý hồ sơ phải lập phiếu xin lỗi và hẹn lại ngày trả kết quả.")

# --- Gia Lai, tháng 9/2025 — news.laodong 1592960
add("tinh", "Theo số liệu của Văn phòng Chính phủ, trong tháng 9/2025 tỉnh Gia Lai có 915 hồ sơ tiếp nhận chậm và 628 hồ sơ giải quyết quá hạn trên Cổng Dịch vụ công quốc gia.",
 [F(915,"hồ sơ","hồ sơ tiếp nhận chậm","tinh"),F(628,"hồ sơ","hồ sơ giải quyết quá hạn","tinh")])
add("tinh", "Chủ tịch UBND tỉnh giao Trung tâm Phục vụ hành chính công tỉnh phối hợp kiểm tra, làm rõ nguyên nhân và hoàn thành báo cáo trước ngày 20/10.")

# --- Ninh Thuận, PCI 2022 — vietnam.vn/de ke-hoach-...-pci-tinh-ninh-thuan-nam-2023
add("tinh", "Năm 2022, VCCI gửi 694 phiếu khảo sát đến các doanh nghiệp trên địa bàn tỉnh Ninh Thuận và nhận về 163 phiếu trả lời (23,5%), trong đó có 30 doanh nghiệp mới thành lập.",
 [F(694,"phiếu","phiếu khảo sát PCI đã gửi","tinh"),F(163,"phiếu","phiếu khảo sát PCI nhận về","tinh"),F(23.5,"%","tỷ lệ phiếu phản hồi","tinh"),F(30,"doanh nghiệp","doanh nghiệp mới thành lập trả lời","tinh")])
add("tinh", "Chỉ số PCI năm 2022 của tỉnh đạt 65,43 điểm, tăng 3,20 điểm so với năm 2021 và xếp thứ 30/63; có 7/10 chỉ số thành phần tăng điểm và tăng hạng.",
 [F(65.43,"điểm","Chỉ số PCI","tinh"),F(7,"chỉ số","chỉ số thành phần tăng điểm và tăng hạng","tinh"),F(10,"chỉ số","tổng số chỉ số thành phần","tinh")])

# --- Hải Phòng — vietnam.vn/hi hai-phong-dung-thu-2-...; vccinews 60276; en.doanhnghiephoinhap (PAR 2023)
add("tinh", "Từ ngày 01/7 đến 14/11/2025, thành phố Hải Phòng tiếp nhận 1.012.243 hồ sơ TTHC, trong đó 833.248 hồ sơ nộp trực tuyến, chiếm 82,3%.",
 [F(1012243,"hồ sơ","tiếp nhận","tinh",False,"BM7-6.4.1"),F(833248,"hồ sơ","tiếp nhận trực tuyến","tinh",False,"BM7-6.4.2"),F(82.3,"%","tỷ lệ hồ sơ trực tuyến","tinh",False,"BM7-6.4")])
add("tinh", "Toàn thành phố đã giải quyết 996.220 hồ sơ, đạt trên 98,4%; số hồ sơ quá hạn chỉ có 6.145 hồ sơ (0,6%); còn 28.037 hồ sơ đang giải quyết.",
 [F(996220,"hồ sơ","đã giải quyết","tinh"),F(98.4,"%","tỷ lệ đã giải quyết","tinh",True),F(6145,"hồ sơ","hồ sơ quá hạn","tinh"),F(0.6,"%","tỷ lệ quá hạn","tinh"),F(28037,"hồ sơ","đang giải quyết","tinh")])
add("tinh", "Ở cấp sở, ban, ngành, tổng số hồ sơ tiếp nhận là 166.209 hồ sơ, 74% nộp trực tuyến; tỷ lệ giải quyết đạt khoảng 94,1%, gần 95% hồ sơ được giải quyết trước hạn và 1,7% quá hạn; còn 21.824 hồ sơ đang giải quyết.",
 [F(166209,"hồ sơ","tiếp nhận","so_nganh"),F(74,"%","tỷ lệ hồ sơ trực tuyến","so_nganh"),F(94.1,"%","tỷ lệ đã giải quyết","so_nganh",True),F(95,"%","tỷ lệ giải quyết trước hạn","so_nganh",True),F(1.7,"%","tỷ lệ quá hạn","so_nganh"),F(21824,"hồ sơ","đang giải quyết","so_nganh")])
add("tinh", "Ở cấp xã, phường, đặc khu, các đơn vị tiếp nhận 846.034 hồ sơ; tỷ lệ nộp trực tuyến đạt 83,9% và tỷ lệ giải quyết trước hạn đạt 97,8%.",
 [F(846034,"hồ sơ","tiếp nhận","xa"),F(83.9,"%","tỷ lệ hồ sơ trực tuyến","xa"),F(97.8,"%","tỷ lệ giải quyết trước hạn","xa")])
add("tinh", "Năm 2024, Chỉ số cải cách hành chính của thành phố Hải Phòng đạt 96,17%, đứng đầu cả nước; Chỉ số SIPAS đạt 90,59%, tăng 1,69% và lần đầu tiên dẫn đầu toàn quốc.",
 [F(96.17,"%","Chỉ số cải cách hành chính (PAR INDEX)","tinh"),F(90.59,"%","Chỉ số SIPAS","tinh")])
add("tinh", "Năm 2023, Chỉ số cải cách hành chính của Hải Phòng đạt 91,81%, xếp thứ 2/63, năm thứ tư liên tiếp đạt trên 90%; Chỉ số SIPAS đạt 88,09%, xếp thứ 5/63, tăng 5 bậc.",
 [F(91.81,"%","Chỉ số cải cách hành chính (PAR INDEX)","tinh"),F(88.09,"%","Chỉ số SIPAS","tinh")])
add("tinh", "Qua 13 lần công bố Chỉ số cải cách hành chính, Hải Phòng 12 năm liên tiếp nằm trong nhóm 5 địa phương dẫn đầu, trong đó có 7 năm xếp thứ 2/63 tỉnh, thành phố.")

# --- phường Sa Huỳnh (Quảng Ngãi), tháng 7/2025 — quangngai.gov.vn vice-chairman-tran-phuoc-hien-...
add("xa", "Từ ngày 01/7/2025, Trung tâm Phục vụ hành chính công phường Sa Huỳnh tiếp nhận hơn 620 hồ sơ, khoảng 98% nộp trực tuyến; 100% hồ sơ đã giải quyết đều đúng hạn và đúng quy định.",
 [F(620,"hồ sơ","tiếp nhận","xa",True,"BM7-6.4.1"),F(98,"%","tỷ lệ hồ sơ trực tuyến","xa",True,"BM7-6.4"),F(100,"%","tỷ lệ giải quyết đúng hạn","xa",False,"BM3-3.3")])

# --- Quảng Trị, xã sau 01/7/2025 — vietnam.vn tiep-nhan-giai-quyet-...-doi-thay-...; cai-cach-hanh-chinh-trong-tam-vi-dan; phuc-vu-nguoi-dan-hieu-qua-...
add("xa", "Sau một tuần vận hành, 100% hồ sơ TTHC của người dân tại xã Nam Ba Đồn đã được chính quyền xã giải quyết trong thời hạn quy định.",
 [F(100,"%","tỷ lệ giải quyết trong hạn","xa",False,"BM3-3.3")])
add("xa", "Xã Quảng Trạch mới được thành lập trên cơ sở sáp nhập 3 xã Quảng Phương, Quảng Hưng và Quảng Xuân; Trung tâm Phục vụ hành chính công của xã chính thức hoạt động từ ngày 01/7/2025.")
add("tinh", "Từ ngày 01/7/2025, toàn bộ dịch vụ công trực tuyến của tỉnh Quảng Trị được tích hợp về một đầu mối duy nhất là Cổng Dịch vụ công quốc gia theo Nghị định số 118/2025/NĐ-CP.")
add("xa", "Xã Đồng Lê được thành lập trên cơ sở hợp nhất 4 xã Sơn Hóa, Thuận Hóa, Lê Hóa, Kim Hóa và thị trấn Đồng Lê, sử dụng trụ sở cũ của Huyện ủy, UBND huyện Tuyên Hóa.")

# --- Điện Biên, thanh tra năm 2023 — vietnam.vn nam-2023-nganh-thanh-tra-phat-hien-114-vu-viec-tham-nhung
add("tinh", "Năm 2023, ngành thanh tra tỉnh Điện Biên tiến hành 86 cuộc thanh tra hành chính và 578 cuộc thanh tra, kiểm tra chuyên ngành, phát hiện sai phạm về kinh tế hơn 29,5 tỷ đồng, trong đó kiến nghị thu hồi gần 22,7 tỷ đồng.",
 [F(86,"cuộc","cuộc thanh tra hành chính","tinh"),F(578,"cuộc","cuộc thanh tra, kiểm tra chuyên ngành","tinh"),F(29.5,"tỷ đồng","sai phạm kinh tế phát hiện","tinh",True),F(22.7,"tỷ đồng","kiến nghị thu hồi","tinh",True)])
add("tinh", "Các cấp, các ngành trong tỉnh tổ chức 1.254 lượt tiếp công dân với 1.614 người; tiếp nhận, xử lý 2.059 đơn khiếu nại, tố cáo, kiến nghị, phản ánh; giải quyết 30/41 vụ khiếu nại và 16/17 vụ tố cáo thuộc thẩm quyền.",
 [F(1254,"lượt","lượt tiếp công dân","tinh"),F(1614,"người","người được tiếp","tinh"),F(2059,"đơn","đơn khiếu nại, tố cáo, kiến nghị, phản ánh đã xử lý","tinh"),F(30,"vụ","vụ khiếu nại đã giải quyết","tinh"),F(41,"vụ","vụ khiếu nại thuộc thẩm quyền","tinh"),F(16,"vụ","vụ tố cáo đã giải quyết","tinh"),F(17,"vụ","vụ tố cáo thuộc thẩm quyền","tinh")])

# --- Bình Dương, thanh tra năm 2023 — baobinhduong a311007; SIPAS 2016 — sonoivu.binhduong 286970
add("tinh", "Năm 2023, Thanh tra tỉnh Bình Dương tiến hành 80 cuộc thanh tra hành chính tại 161 đơn vị, ban hành 56 kết luận; qua đó kiến nghị thu hồi 11,9 tỷ đồng và xử lý hành chính 5 tổ chức, 26 cá nhân.",
 [F(80,"cuộc","cuộc thanh tra hành chính","tinh"),F(161,"đơn vị","đơn vị được thanh tra hành chính","tinh"),F(56,"văn bản","kết luận thanh tra đã ban hành","tinh"),F(11.9,"tỷ đồng","kiến nghị thu hồi","tinh"),F(5,"tổ chức","tổ chức bị kiến nghị xử lý hành chính","tinh"),F(26,"người","cá nhân bị kiến nghị xử lý hành chính","tinh")])
add("tinh", "Trong năm, toàn tỉnh tổ chức 3.565 lượt tiếp công dân với 3.258 người, liên quan 2.456 vụ việc; tỷ lệ giải quyết đơn thư, vụ việc đạt 93,36%.",
 [F(3565,"lượt","lượt tiếp công dân","tinh"),F(3258,"người","người được tiếp","tinh"),F(2456,"vụ","vụ việc","tinh"),F(93.36,"%","tỷ lệ giải quyết đơn thư, vụ việc","tinh")])
add("tinh", "Theo mục tiêu của Chương trình tổng thể cải cách hành chính giai đoạn 2011 - 2020, các cơ quan hành chính nhà nước của tỉnh phải nâng mức độ hài lòng của người dân, tổ chức lên từ 80% trở lên vào năm 2020.")

# --- Hà Nội 2016 — vietnamnet.vn/en hanoi-launches-online-public-services-at-level-3-and-4-E182108 (plan only)
add("tinh", "Sở Thông tin và Truyền thông Hà Nội chuẩn bị đưa vào triển khai 375 dịch vụ công trực tuyến mức độ 3, 4 và tham mưu ban hành danh mục 201 dịch vụ nhằm đạt mục tiêu trên 50% TTHC của thành phố được cung cấp trực tuyến.")

# --- Tuyên Quang, 2025 — trangtraiviet.danviet d1354080; vietnamplus post1060070
add("tinh", "Theo đánh giá trên Cổng Dịch vụ công quốc gia, tỉnh Tuyên Quang đạt 79,1 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 5/34 tỉnh, thành phố; trong đó Công khai, minh bạch đạt 9,9 điểm, Tiến độ giải quyết 19,1 điểm, Dịch vụ công trực tuyến 8,1 điểm, Mức độ hài lòng 18 điểm và Số hóa hồ sơ 13,6 điểm.",
 [F(79.1,"điểm","Bộ chỉ số phục vụ người dân, doanh nghiệp","tinh"),F(9.9,"điểm","chỉ số công khai, minh bạch","tinh"),F(19.1,"điểm","chỉ số tiến độ giải quyết","tinh"),F(8.1,"điểm","chỉ số dịch vụ công trực tuyến","tinh"),F(18,"điểm","chỉ số mức độ hài lòng","tinh"),F(13.6,"điểm","chỉ số số hóa hồ sơ","tinh")])
add("tinh", "Từ ngày 01/10/2025, tỉnh Tuyên Quang sẽ tiếp nhận và trả kết quả TTHC không phụ thuộc địa giới hành chính tại tất cả 124 Trung tâm Phục vụ hành chính công cấp xã.")

# --- Lào Cai: xã Lục Yên (8/2025) — thongtin.vietnam.vn them-viec-tang-trach-nhiem; toàn tỉnh 7/2025 — vietnam.vn lao-cai-xep-thu-6-34-...
add("xa", "Tính đến hết tháng 8/2025, Trung tâm Phục vụ hành chính công xã Lục Yên đã tiếp nhận hơn 8.000 hồ sơ, tỷ lệ giải quyết đạt trên 98%; về mức độ hài lòng, xã đạt 18/18 điểm, xếp thứ 3/99 xã, phường của tỉnh.",
 [F(8000,"hồ sơ","tiếp nhận","xa",True),F(98,"%","tỷ lệ giải quyết","xa",True),F(18,"điểm","điểm mức độ hài lòng","xa"),F(18,"điểm","điểm tối đa mức độ hài lòng","xa")])
add("tinh", "Tính đến ngày 31/7/2025, tỉnh Lào Cai đạt 78,96 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, trong đó Công khai, minh bạch 15,34 điểm; Tiến độ giải quyết 19,14 điểm; Dịch vụ công trực tuyến 15,41 điểm; Mức độ hài lòng 17,97 điểm và Số hóa hồ sơ 11,1 điểm.",
 [F(78.96,"điểm","Bộ chỉ số phục vụ người dân, doanh nghiệp","tinh"),F(15.34,"điểm","chỉ số công khai, minh bạch","tinh"),F(19.14,"điểm","chỉ số tiến độ giải quyết","tinh"),F(15.41,"điểm","chỉ số dịch vụ công trực tuyến","tinh"),F(17.97,"điểm","chỉ số mức độ hài lòng","tinh"),F(11.1,"điểm","chỉ số số hóa hồ sơ","tinh")])
add("tinh", "Hiện Trung tâm Phục vụ hành chính công tỉnh và cấp xã đang cung cấp khoảng 2.230 TTHC, trong đó có hơn 50 TTHC cấp tỉnh được tiếp nhận từ cấp xã và gần 420 TTHC cung cấp dịch vụ công trực tuyến trên toàn tỉnh.",
 [F(2230,"TTHC","TTHC cung cấp tại Trung tâm PVHCC tỉnh và cấp xã","tinh",True),F(50,"TTHC","TTHC cấp tỉnh tiếp nhận từ cấp xã","so_nganh",True),F(420,"TTHC","TTHC cung cấp dịch vụ công trực tuyến","tinh",True)])

# --- Ninh Bình: phường Nam Định, ngày 01/7/2025 — news.laodong 1533516
add("xa", "Ngày đầu vận hành chính quyền địa phương 2 cấp, Trung tâm Phục vụ hành chính công phường Nam Định tiếp nhận hơn 150 hồ sơ; ngoài trụ sở chính, phường bố trí thêm 4 điểm tiếp nhận để phục vụ người dân.",
 [F(150,"hồ sơ","tiếp nhận trong ngày đầu","xa",True),F(4,"điểm","điểm tiếp nhận bổ sung","xa")])
add("xa", "Phường Nam Định được hình thành từ 8 đơn vị hành chính cũ, có diện tích gần 20 km2 và dân số khoảng 188.000 người, là một trong 10 phường lớn nhất cả nước.")

# --- Hải Phòng 2017 — en.vietnamplus 111587
add("tinh", "Cổng Dịch vụ công thành phố Hải Phòng được xây dựng từ năm 2016 và đến tháng 5/2017 đã cung cấp 173 dịch vụ công, cho phép tra cứu tiến độ xử lý hồ sơ trực tuyến.",
 [F(173,"dịch vụ","dịch vụ công cung cấp trên Cổng","tinh")])

# --- Sóc Trăng SIPAS 2021 (m.xosobinhdinh.org/ubnd-soc-trang.html); Kon Tum (kto.vn; kontum.gov.vn)
add("tinh", "Năm 2021, Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh Sóc Trăng đứng đầu vùng Đồng bằng sông Cửu Long và xếp thứ 9/63 tỉnh, thành phố, tăng 5 bậc so với năm 2020.")
add("tinh", "Sau điều chỉnh địa giới hành chính, huyện Đăk Hà có 11 đơn vị hành chính cấp xã, huyện Sa Thầy có 14 đơn vị và thành phố Kon Tum có 21 đơn vị, gồm 10 phường và 11 xã.")
add("tinh", "Tỉnh Kon Tum có diện tích 9.690,5 km2, dân số năm 2019 là 543.452 người; Chỉ số PCI năm 2020 của tỉnh xếp thứ 56/63.")

def vn_num(v):
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    s = repr(float(v)); ip, dp = s.split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + dp

def main():
    cat = set()
    with open(os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cat.add(f"BM{r['form']}-{r['code']}")
    rows = []; seen = set(); errs = []
    for i, (kind, level, text, facts) in enumerate(C, 1):
        cid = f"H5B-N-{i:03d}"
        text = unicodedata.normalize("NFC", text)
        if text in seen: errs.append(f"{cid} duplicate text")
        seen.add(text)
        for fa in facts:
            fa["measure"] = unicodedata.normalize("NFC", fa["measure"]); fa["unit"] = unicodedata.normalize("NFC", fa["unit"])
            if set(fa) != {"value","unit","measure","scope","approx","code"}: errs.append(f"{cid} keys")
            if fa["scope"] not in {"tinh","so_nganh","huyen","xa","trung_tam",""}: errs.append(f"{cid} scope")
            if fa["code"] and fa["code"] not in cat: errs.append(f"{cid} code {fa['code']}")
            if not isinstance(fa["approx"], bool) or not isinstance(fa["value"], (int, float)): errs.append(f"{cid} types")
            if not fa["approx"] and fa["value"] < 1e6 and vn_num(fa["value"]) not in text and not (fa["value"] == 6 and "06" in text):
                errs.append(f"{cid} value {fa['value']} not in text")
        if level not in {"tinh","huyen","xa","so_nganh"}: errs.append(f"{cid} level")
        rows.append({"case_id": cid, "source_kind": kind, "doc_level": level, "text": text,
                     "facts": json.dumps(facts, ensure_ascii=False)})
    out = os.path.join(HERE, "cases.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["case_id","source_kind","doc_level","text","facts"]); w.writeheader(); w.writerows(rows)
    # re-read and validate
    with open(out, encoding="utf-8") as f:
        back = list(csv.DictReader(f))
    nf = nc = nd = na = 0; codes = {}
    for r in back:
        fs = json.loads(r["facts"]); assert unicodedata.is_normalized("NFC", r["text"])
        nf += len(fs); nd += (len(fs) == 0)
        for fa in fs:
            na += fa["approx"]
            if fa["code"]: nc += 1; codes[fa["code"]] = codes.get(fa["code"], 0) + 1
    print(f"cases={len(back)} facts={nf} coded={nc} distractors={nd} approx={na}")
    print("codes:", ", ".join(f"{k}×{v}" for k, v in sorted(codes.items(), key=lambda x: -x[1])))
    levels = {}
    for r in back: levels[r["doc_level"]] = levels.get(r["doc_level"], 0) + 1
    print("doc_level:", levels)
    if errs:
        print("ERRORS:\n" + "\n".join(errs)); sys.exit(1)
    print("validation OK")
if __name__ == "__main__":
    main()
