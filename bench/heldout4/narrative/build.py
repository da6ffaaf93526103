# Builds cases.csv for held-out set 4 (narrative). Texts are my own wording; figures from the pages in README.md.
import csv, json, unicodedata, os
def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
C = []
def add(kind, level, text, facts=()):
    C.append((kind, level, text, list(facts)))
R, N = "report", "news"
# --- Gia Lai, tháng 01/2025 (gialaitv)
add(R,"tinh","Trong tháng 01/2025, Hệ thống thông tin giải quyết TTHC của tỉnh Gia Lai tiếp nhận tổng cộng 14.579 hồ sơ; trong đó 13.794 hồ sơ được giải quyết trước hạn, 134 hồ sơ đúng hạn và 651 hồ sơ trễ hạn.",
 [F(14579,"hồ sơ","tiếp nhận","tinh"),F(13794,"hồ sơ","giải quyết trước hạn","tinh"),F(134,"hồ sơ","giải quyết đúng hạn","tinh"),F(651,"hồ sơ","giải quyết trễ hạn","tinh")])
add(R,"tinh","Tỷ lệ hồ sơ được giải quyết đúng hạn của toàn tỉnh trong tháng đạt 95,53%.",[F(95.53,"%","tỷ lệ giải quyết đúng hạn","tinh")])
add(R,"tinh","Trên Hệ thống thông tin giải quyết TTHC của tỉnh hiện có 1.618 TTHC cung cấp dịch vụ công trực tuyến toàn trình, 143 TTHC cung cấp trực tuyến một phần; tỉnh đã tích hợp 614 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia.",
 [F(1618,"TTHC","cung cấp DVCTT toàn trình","tinh"),F(143,"TTHC","cung cấp DVCTT một phần","tinh"),F(614,"dịch vụ","tích hợp lên Cổng Dịch vụ công quốc gia","tinh",False,"BM7-6.3.2")])
# --- Gia Lai, tháng 10/2025 (baogialai)
add(N,"tinh","Theo số liệu của Cổng Dịch vụ công quốc gia, trong tháng 10-2025 tỉnh Gia Lai đứng thứ 8/34 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC.")
add(R,"tinh","Từ ngày 21-9 đến 20-10, toàn tỉnh Gia Lai tiếp nhận 139.506 hồ sơ TTHC, gồm 115.865 hồ sơ tiếp nhận mới (trực tuyến 107.152 hồ sơ; trực tiếp và qua bưu chính công ích 8.713 hồ sơ) và 23.641 hồ sơ từ kỳ trước chuyển sang.",
 [F(139506,"hồ sơ","tổng số hồ sơ tiếp nhận (kể cả kỳ trước chuyển sang)","tinh"),F(115865,"hồ sơ","tiếp nhận mới","tinh",False,"BM7-6.4.1"),F(107152,"hồ sơ","tiếp nhận trực tuyến","tinh",False,"BM7-6.4.2"),F(8713,"hồ sơ","tiếp nhận trực tiếp và qua bưu chính công ích","tinh"),F(23641,"hồ sơ","kỳ trước chuyển sang","tinh")])
add(R,"tinh","Trong kỳ, số hồ sơ đã giải quyết là 113.295 (109.447 hồ sơ trước và đúng hạn, 3.848 hồ sơ trễ hạn); còn 26.068 hồ sơ đang giải quyết, trong đó 19.972 hồ sơ còn trong hạn và 4.104 hồ sơ đã quá hạn.",
 [F(113295,"hồ sơ","đã giải quyết","tinh"),F(109447,"hồ sơ","giải quyết trước và đúng hạn","tinh"),F(3848,"hồ sơ","giải quyết trễ hạn","tinh"),F(26068,"hồ sơ","đang giải quyết","tinh"),F(19972,"hồ sơ","đang giải quyết còn trong hạn","tinh"),F(4104,"hồ sơ","đang giải quyết quá hạn","tinh")])
add(R,"tinh","Chủ tịch UBND tỉnh đã ký 20 quyết định công bố danh mục 201 TTHC thuộc phạm vi quản lý của các sở, ban, ngành, gồm 14 TTHC ban hành mới, 172 TTHC sửa đổi, bổ sung và 15 TTHC bị bãi bỏ.",
 [F(20,"văn bản","quyết định công bố danh mục TTHC","tinh"),F(201,"TTHC","công bố danh mục","so_nganh"),F(14,"TTHC","ban hành mới","so_nganh",False,"BM3-1.2"),F(172,"TTHC","sửa đổi, bổ sung","so_nganh"),F(15,"TTHC","bãi bỏ","so_nganh",False,"BM3-1.3")])
add(R,"tinh","Bên cạnh đó, tỉnh ban hành 17 quyết định phê duyệt quy trình nội bộ trong giải quyết TTHC.",[F(17,"văn bản","quyết định phê duyệt quy trình nội bộ","tinh")])
# --- Gia Lai 91,06 điểm (vietnam.vn)
add(N,"tinh","Tính đến ngày 30/11, tỉnh Gia Lai đạt 91,06/100 điểm trong Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 5/34 tỉnh, thành phố.",[F(91.06,"điểm","Bộ chỉ số phục vụ người dân, doanh nghiệp","tinh")])
add(N,"tinh","Thông báo kết luận số 255/TB-UBND yêu cầu các cơ quan, đơn vị tiếp tục rà soát, cắt giảm từ 30 - 50% thời gian giải quyết đối với toàn bộ TTHC cấp tỉnh và cấp xã.")
add(N,"tinh","Đến nay đã có 15 địa phương thực hiện việc ủy quyền trong lĩnh vực chứng thực theo nghị quyết của HĐND tỉnh, và 20 địa phương đã ban hành kế hoạch hoặc giải pháp hỗ trợ người cao tuổi, phụ nữ mang thai, người khuyết tật khi làm thủ tục.",
 [F(15,"đơn vị","địa phương thực hiện ủy quyền chứng thực","xa"),F(20,"đơn vị","địa phương ban hành kế hoạch hỗ trợ nhóm yếu thế","xa")])
# --- Cà Mau (vietnam.vn ca-mau-day-manh)
add(R,"tinh","Trong 9 tháng năm 2025, tỉnh Cà Mau hoàn thành 56/76 nhiệm vụ của kế hoạch cải cách hành chính, đạt 73,68%; các nhiệm vụ còn lại đang được triển khai đúng tiến độ.",
 [F(56,"nhiệm vụ","nhiệm vụ đã hoàn thành","tinh",False,"BM1-2.2"),F(76,"nhiệm vụ","nhiệm vụ đề ra trong kế hoạch","tinh",False,"BM1-2.1"),F(73.68,"%","tỷ lệ hoàn thành kế hoạch CCHC","tinh",False,"BM1-2")])
add(R,"tinh","Giai đoạn 2021 - 2025, tỉnh ban hành 563 quyết định công bố 6.928 TTHC, phân cấp, ủy quyền 271 thủ tục và tái cấu trúc quy trình, đơn giản hóa thành phần hồ sơ của 907 TTHC nhờ tự động điền thông tin từ Cơ sở dữ liệu quốc gia về dân cư.",
 [F(563,"văn bản","quyết định công bố TTHC","tinh"),F(6928,"TTHC","TTHC được công bố","tinh"),F(271,"TTHC","phân cấp, ủy quyền","tinh"),F(907,"TTHC","tái cấu trúc quy trình, đơn giản hóa hồ sơ","tinh")])
add(R,"tinh","Tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt trên 92%, thanh toán trực tuyến trên 77%, số hóa hồ sơ đạt 95% và tái sử dụng dữ liệu số hơn 83%.",
 [F(92,"%","tỷ lệ hồ sơ nộp trực tuyến","tinh",True,"BM7-6.4"),F(77,"%","tỷ lệ thanh toán trực tuyến","tinh",True),F(95,"%","tỷ lệ số hóa hồ sơ","tinh"),F(83,"%","tỷ lệ tái sử dụng dữ liệu số","tinh",True)])
add(R,"tinh","100% TTHC được thực hiện qua dịch vụ bưu chính công ích, với hơn 900.000 hồ sơ được gửi, nhận qua hệ thống.",
 [F(100,"%","TTHC thực hiện qua bưu chính công ích","tinh"),F(900000,"hồ sơ","gửi, nhận qua bưu chính công ích","tinh",True)])
add(R,"tinh","Cà Mau là một trong 5 địa phương đầu tiên hoàn thành kết nối Hệ thống thông tin giải quyết TTHC với hệ thống định danh và xác thực điện tử VNeID của Bộ Công an.")
# --- Cà Mau (vir)
add(N,"tinh","Năm 2023, Cà Mau dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp với 88,32 điểm, dù giảm nhẹ 0,67 điểm so với năm trước.",[F(88.32,"điểm","Bộ chỉ số phục vụ người dân, doanh nghiệp","tinh")])
# --- Cà Mau số hóa (vietnam.vn diem-nghen)
add(N,"tinh","Đến nay tỉnh Cà Mau đã số hóa gần 4,2 triệu trang tài liệu; nhập siêu dữ liệu cho 29.740 hồ sơ lưu trữ và 260.174 tài liệu lưu trữ.",
 [F(4200000,"trang","tài liệu đã số hóa","tinh",True),F(29740,"hồ sơ","hồ sơ lưu trữ đã nhập siêu dữ liệu","tinh"),F(260174,"tài liệu","tài liệu lưu trữ đã nhập siêu dữ liệu","tinh")])
add(N,"tinh","Tỉnh đang chỉ đạo xây dựng 7 dự án số hóa, chỉnh lý tài liệu lưu trữ giai đoạn 2025 - 2030 với gần 32 km tài liệu, tổng kinh phí dự kiến khoảng 532 tỷ đồng.")
add(N,"tinh","Từ ngày 1/7, lãnh đạo tỉnh thường xuyên họp trực tuyến với 64 xã, phường để kịp thời nắm tình hình và tháo gỡ vướng mắc ở cấp xã.")
# --- Sơn La PAR 2024 (thongtindoingoai 1040)
add(N,"tinh","Chỉ số cải cách hành chính năm 2024 của tỉnh Sơn La xếp thứ 12/63 tỉnh, thành phố, tăng 1 bậc so với năm 2023 và dẫn đầu 7 tỉnh miền núi phía Bắc.")
add(N,"tinh","Chỉ số thành phần Cải cách tổ chức bộ máy đạt 10,18 điểm, năm thứ hai liên tiếp đứng đầu cả nước; Cải cách chế độ công vụ đạt 14,23 điểm, xếp thứ 2/63.",
 [F(10.18,"điểm","chỉ số thành phần cải cách tổ chức bộ máy","tinh"),F(14.23,"điểm","chỉ số thành phần cải cách chế độ công vụ","tinh")])
add(N,"tinh","Chỉ số thành phần Cải cách TTHC đạt 12,75 điểm, tăng 27 bậc; chỉ số tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội đạt 13,14 điểm.",
 [F(12.75,"điểm","chỉ số thành phần cải cách TTHC","tinh"),F(13.14,"điểm","chỉ số tác động của CCHC","tinh")])
add(N,"tinh","Chỉ số cải cách hành chính cấp tỉnh được đánh giá trên 8 lĩnh vực, 37 tiêu chí và 88 tiêu chí thành phần.")
# --- Sơn La kế hoạch 2025 (thongtindoingoai 1221)
add(R,"tinh","Đến nay, tỉnh Sơn La đã hoàn thành 50/72 nhiệm vụ của Kế hoạch cải cách hành chính năm 2025, đạt gần 70% kế hoạch.",
 [F(50,"nhiệm vụ","nhiệm vụ đã hoàn thành","tinh",False,"BM1-2.2"),F(72,"nhiệm vụ","nhiệm vụ đề ra trong kế hoạch","tinh",False,"BM1-2.1"),F(70,"%","tỷ lệ hoàn thành kế hoạch CCHC","tinh",True,"BM1-2")])
# --- Sơn La 2024 (baosonla targets)
add(N,"tinh","Với mô hình \"5 tại chỗ\" tại Trung tâm Phục vụ hành chính công, thời gian giải quyết TTHC trong các lĩnh vực thuế, đất đai, đầu tư, xây dựng, đăng ký kinh doanh được rút ngắn 25 - 50%.")
# --- Bình Định (vnpost)
add(N,"tinh","Ngày 1/4, Trung tâm Phục vụ hành chính công tỉnh Bình Định chính thức khai trương tại số 127 Hai Bà Trưng, TP Quy Nhơn; Bình Định là địa phương thứ 21 trong cả nước có Trung tâm cấp tỉnh.")
add(N,"tinh","Trung tâm bố trí 32 quầy, trong đó có 3 quầy của Bưu điện tỉnh và 1 quầy thu hộ của Ngân hàng TMCP Đầu tư và Phát triển Việt Nam.",
 [F(32,"quầy","quầy tiếp nhận","trung_tam"),F(3,"quầy","quầy của Bưu điện tỉnh","trung_tam"),F(1,"quầy","quầy thu hộ của ngân hàng","trung_tam")])
add(N,"tinh","Sở NN&PTNT có nhiều quầy nhất với 5 quầy; kế đến là Sở KH&ĐT và Sở TN&MT, mỗi sở 3 quầy; Sở GTVT và Sở Tài chính mỗi sở 2 quầy.",
 [F(5,"quầy","quầy của Sở NN&PTNT","trung_tam"),F(3,"quầy","quầy của mỗi Sở KH&ĐT, TN&MT","trung_tam"),F(2,"quầy","quầy của mỗi Sở GTVT, Tài chính","trung_tam")])
# --- Đồng Tháp (baoxaydung)
add(N,"tinh","Từ ngày 1 đến 21/7, tỉnh Đồng Tháp tiếp nhận gần 37 ngàn hồ sơ; trong đó hồ sơ trực tuyến gần 27 ngàn, hồ sơ trực tiếp và gửi qua dịch vụ bưu chính công ích gần 10 ngàn.",
 [F(37000,"hồ sơ","tiếp nhận","tinh",True,"BM7-6.4.1"),F(27000,"hồ sơ","tiếp nhận trực tuyến","tinh",True,"BM7-6.4.2"),F(10000,"hồ sơ","tiếp nhận trực tiếp và qua bưu chính công ích","tinh",True)])
add(N,"tinh","Tổng số hồ sơ đã giải quyết đúng và trước hạn gần 25 ngàn, đạt trên 98%.",
 [F(25000,"hồ sơ","giải quyết đúng và trước hạn","tinh",True),F(98,"%","tỷ lệ giải quyết đúng và trước hạn","tinh",True)])
add(N,"tinh","Riêng cấp tỉnh tiếp nhận hơn 3.000 hồ sơ, trong đó 1.382 hồ sơ đã được giải quyết đúng và trước hạn, đạt trên 99%.",
 [F(3000,"hồ sơ","tiếp nhận","so_nganh",True),F(1382,"hồ sơ","giải quyết đúng và trước hạn","so_nganh",False,"BM3-3.1.2"),F(99,"%","tỷ lệ giải quyết đúng hạn","so_nganh",True,"BM3-3.1")])
add(N,"tinh","Từ ngày 5/7, Chủ tịch UBND tỉnh Đồng Tháp yêu cầu các cơ quan tiếp nhận, giải quyết TTHC cả vào ngày thứ Bảy.")
# --- Tuyên Quang (baotuyenquang)
add(N,"tinh","Ngày 1/7/2025, các Trung tâm Phục vụ hành chính công cấp xã ở Tuyên Quang chính thức hoạt động; sau hơn hai tuần, mô hình vẫn gặp khó khăn về hạ tầng, thiết bị và phần mềm chưa đồng bộ.")
add(N,"tinh","UBND tỉnh mở đường dây nóng 1022 hỗ trợ người dân làm thủ tục; Công an tỉnh bố trí 36 điểm cấp căn cước và định danh điện tử tại các xã; Tỉnh đoàn huy động hơn 2.000 tình nguyện viên hỗ trợ người dân sử dụng dịch vụ công trực tuyến.",
 [F(36,"điểm","điểm cấp căn cước, định danh điện tử","tinh"),F(2000,"người","tình nguyện viên hỗ trợ DVCTT","tinh",True)])
add(N,"tinh","Sở Tài nguyên và Môi trường thành lập 4 tổ công tác chuyên trách để hỗ trợ kỹ thuật, vận hành hệ thống cơ sở dữ liệu đất đai.",[F(4,"tổ","tổ công tác hỗ trợ cơ sở dữ liệu đất đai","so_nganh")])
# --- Tuần Giáo (baodienbienphu)
add(N,"xa","Từ ngày 1/7 đến 3/9/2025, Trung tâm Phục vụ hành chính công xã Tuần Giáo tiếp nhận và xử lý 679 hồ sơ, trong đó 539 hồ sơ nộp trực tuyến, chỉ 140 hồ sơ nộp trực tiếp.",
 [F(679,"hồ sơ","tiếp nhận","xa",False,"BM7-6.4.1"),F(539,"hồ sơ","tiếp nhận trực tuyến","xa",False,"BM7-6.4.2"),F(140,"hồ sơ","tiếp nhận trực tiếp","xa")])
add(N,"xa","Đáng chú ý, 671 hồ sơ đã được trả kết quả trước hạn, chỉ còn 8 hồ sơ đang xử lý trong thời hạn quy định.",
 [F(671,"hồ sơ","trả kết quả trước hạn","xa"),F(8,"hồ sơ","đang xử lý trong hạn","xa")])
# --- Tuyên Quang Minh Tân (vietnam.vn mot-cua-nhieu-niem-tin)
add(N,"tinh","Kết luận số 160-KL/TW của Bộ Chính trị xác định danh mục 1.060 nhiệm vụ, quyền hạn đề xuất chuyển giao về cấp xã, phường.")
# --- Đà Nẵng, phường Hải Châu (laodong 1537581)
add(N,"xa","Từ ngày 1 đến 7/7/2025, Trung tâm Phục vụ hành chính công phường Hải Châu tiếp nhận khoảng 1.008 hồ sơ chứng thực, 264 hồ sơ hộ tịch và 124 hồ sơ giải quyết trong ngày.",
 [F(1008,"hồ sơ","hồ sơ chứng thực","xa",True),F(264,"hồ sơ","hồ sơ hộ tịch","xa"),F(124,"hồ sơ","hồ sơ giải quyết trong ngày","xa")])
add(N,"xa","Cùng thời gian, phường tiếp nhận 124 hồ sơ đăng ký kinh doanh, 108 hồ sơ của Văn phòng Đăng ký đất đai và 43 hồ sơ lĩnh vực xây dựng, giao thông, hạ tầng đô thị.",
 [F(124,"hồ sơ","hồ sơ đăng ký kinh doanh","xa"),F(108,"hồ sơ","hồ sơ Văn phòng Đăng ký đất đai","xa"),F(43,"hồ sơ","hồ sơ xây dựng, giao thông, hạ tầng đô thị","xa")])
# --- Đà Nẵng toàn trình (baodanang 2024)
add(N,"tinh","Theo Báo cáo chuyển đổi số quốc gia 6 tháng đầu năm 2024, Đà Nẵng cung cấp 97% TTHC dưới dạng dịch vụ công trực tuyến toàn trình và tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 66%.",
 [F(97,"%","tỷ lệ TTHC cung cấp DVCTT toàn trình","tinh"),F(66,"%","tỷ lệ hồ sơ nộp trực tuyến toàn trình","tinh")])
add(N,"tinh","Đến tháng 7/2024, tỷ lệ TTHC được cung cấp trực tuyến toàn trình trên cả nước đạt 48%, trong đó bình quân các bộ, ngành đạt 61% và các địa phương đạt 17%.",
 [F(48,"%","tỷ lệ TTHC cung cấp trực tuyến toàn trình cả nước",""),F(61,"%","tỷ lệ bình quân của các bộ, ngành",""),F(17,"%","tỷ lệ bình quân của các địa phương","")])
# --- Đà Nẵng hai cấp (thongtin.vietnam.vn)
add(N,"tinh","Trước ngày 1/7/2025, Đà Nẵng đã cập nhật cơ sở dữ liệu của hơn 2.000 TTHC thuộc các sở, ngành, phường, xã lên Cổng Dịch vụ công quốc gia.",
 [F(2000,"TTHC","TTHC của sở, ngành, phường, xã được cập nhật","tinh",True,"BM3-1.4")])
add(N,"tinh","Bưu điện thành phố đã bố trí nhân viên hỗ trợ trực tiếp tại 94 Trung tâm Phục vụ hành chính công; nhiều xã, phường có từ 5 đến 10 đoàn viên thanh niên thường xuyên trực hỗ trợ người dân.",
 [F(94,"đơn vị","Trung tâm có nhân viên bưu điện hỗ trợ","xa")])
add(N,"tinh","Sau hợp nhất với tỉnh Quảng Nam, thành phố Đà Nẵng có diện tích hơn 11.859 km² và dân số trên 3 triệu người.")
# --- Đà Nẵng others
add(N,"tinh","Thực hiện Công văn số 656/VPCP-KSTT ngày 16/7/2025 của Văn phòng Chính phủ, Chủ tịch UBND thành phố Đà Nẵng yêu cầu rà soát, xử lý dứt điểm hồ sơ quá hạn trên Cổng Dịch vụ công quốc gia.")
# --- Cao Bằng
add(R,"tinh","Kế hoạch cải cách hành chính năm 2025 của tỉnh Cao Bằng đề ra 7 nhóm nhiệm vụ trọng tâm, yêu cầu kiểm tra tối thiểu 20% số đơn vị và cắt giảm ít nhất 20% thời gian giải quyết TTHC.")
add(R,"so_nganh","Đoàn kiểm tra cải cách hành chính, kỷ luật, kỷ cương hành chính được thành lập theo Quyết định số 4139/QĐ-SXD ngày 06/10/2025 của Sở Xây dựng tỉnh Cao Bằng.")
add(R,"so_nganh","Qua kiểm tra, 1/4 đơn vị trực thuộc Sở chưa thực hiện tiết kiệm kinh phí để tăng thu nhập cho công chức, viên chức.",
 [F(1,"đơn vị","đơn vị chưa tiết kiệm kinh phí tăng thu nhập","so_nganh"),F(4,"đơn vị","đơn vị trực thuộc được kiểm tra","so_nganh")])
# --- Khánh Hòa 6 tháng 2025 (laodong 1530493)
add(R,"tinh","Trong 6 tháng đầu năm 2025, tỉnh Khánh Hòa hoàn thành 17/62 nhiệm vụ theo kế hoạch cải cách hành chính; 17/17 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao đều hoàn thành đúng hạn.",
 [F(17,"nhiệm vụ","nhiệm vụ đã hoàn thành","tinh",False,"BM1-2.2"),F(62,"nhiệm vụ","nhiệm vụ đề ra trong kế hoạch","tinh",False,"BM1-2.1"),
  F(17,"nhiệm vụ","nhiệm vụ Chính phủ giao hoàn thành đúng hạn","tinh",False,"BM1-5.2"),F(17,"nhiệm vụ","nhiệm vụ Chính phủ, Thủ tướng giao","tinh",False,"BM1-5.1")])
add(R,"tinh","Tỉnh đã cắt giảm 8 đơn vị sự nghiệp công lập, hiện còn 564 đơn vị; UBND cấp huyện giảm 24 cơ quan chuyên môn, đạt tỷ lệ 24,24%.",
 [F(8,"đơn vị","đơn vị sự nghiệp công lập cắt giảm","tinh"),F(564,"đơn vị","đơn vị sự nghiệp công lập hiện có","tinh",False,"BM4-1.5"),F(24,"đơn vị","cơ quan chuyên môn cấp huyện cắt giảm","huyen"),F(24.24,"%","tỷ lệ cơ quan chuyên môn cấp huyện cắt giảm","huyen")])
add(R,"tinh","Trong công tác xây dựng thể chế, tỉnh đã ban hành 81 văn bản quy phạm pháp luật; đồng thời tổ chức hội nghị đối thoại với hơn 200 doanh nghiệp, nhà đầu tư.",
 [F(81,"văn bản","VBQPPL ban hành","tinh",False,"BM2-1.1"),F(200,"doanh nghiệp","doanh nghiệp, nhà đầu tư dự đối thoại","tinh",True)])
add(R,"tinh","Về kiểm soát TTHC, tỉnh ban hành 88 quyết định công bố danh mục TTHC và 14 quyết định phê duyệt quy trình nội bộ giải quyết TTHC.",
 [F(88,"văn bản","quyết định công bố danh mục TTHC","tinh"),F(14,"văn bản","quyết định phê duyệt quy trình nội bộ","tinh")])
add(R,"tinh","UBND tỉnh thành lập 8 tổ công tác để giám sát, hướng dẫn các đơn vị hành chính cấp xã mới đi vào hoạt động.",[F(8,"tổ","tổ công tác giám sát, hướng dẫn cấp xã mới","tinh")])
# --- Khánh Hòa tháng 9 (laodong 1578016)
add(R,"tinh","Chủ tịch UBND tỉnh Khánh Hòa yêu cầu các đơn vị chưa đạt chỉ tiêu phấn đấu đưa tỷ lệ hồ sơ giải quyết đúng hạn lên từ 95% trở lên và công bố danh mục dịch vụ công trực tuyến trước ngày 22/9/2025.")
# --- Lâm Đồng phường trung tâm
add(N,"tinh","Trung bình mỗi ngày, các Trung tâm Phục vụ hành chính công ở các phường trung tâm Đà Lạt, Bảo Lộc, Phan Thiết, Gia Nghĩa tiếp đón từ 50 đến 80 lượt người dân đến làm thủ tục.")
# --- Thanh Hóa Nghị định 178 (laodong 1478785)
add(N,"tinh","Tính đến ngày 28/02/2025, tỉnh Thanh Hóa có 469 cán bộ, công chức, viên chức và người lao động của các sở, ngành và UBND cấp huyện nộp đơn xin nghỉ theo Nghị định số 178/2024/NĐ-CP.",
 [F(469,"người","CBCCVC, người lao động nộp đơn nghỉ theo Nghị định 178","tinh")])
add(N,"tinh","Sở Tài chính Thanh Hóa đề xuất nhu cầu kinh phí bổ sung năm 2025 gần 796 tỷ đồng, trong đó hơn 583 tỷ đồng để chi trả chế độ theo Nghị định số 178/2024/NĐ-CP.")
# --- Toàn quốc Nghị định 178 (laodong 1543159)
add(N,"tinh","Theo tổng hợp của Bộ Nội vụ đến ngày 30/6, cả nước có 57.158 người thuộc diện giải quyết chế độ, trong đó 43.207 người đã nghỉ việc; 25.611 người đã nhận tiền, đạt 62,39%, với tổng kinh phí 26.947 tỷ đồng.",
 [F(57158,"người","người thuộc diện giải quyết chế độ",""),F(43207,"người","người đã nghỉ việc",""),F(25611,"người","người đã nhận tiền",""),F(62.39,"%","tỷ lệ đã nhận tiền",""),F(26947,"tỷ đồng","kinh phí đã chi trả","")])
# --- An Giang kiến nghị cử tri (laodong 1632698)
add(N,"tinh","Tổng số kiến nghị cử tri trước và sau kỳ họp thường lệ giữa năm 2025 của tỉnh An Giang là 207 kiến nghị, gồm 56 kiến nghị trước kỳ họp và 151 kiến nghị sau kỳ họp.",
 [F(207,"kiến nghị","kiến nghị cử tri tiếp nhận","tinh"),F(56,"kiến nghị","kiến nghị trước kỳ họp","tinh"),F(151,"kiến nghị","kiến nghị sau kỳ họp","tinh")])
add(N,"tinh","Đã giải quyết, trả lời 207/207 kiến nghị, đạt 100%; trong đó 88 kiến nghị đã giải quyết xong (42,51%) và 82 kiến nghị đang giải quyết (39,61%).",
 [F(207,"kiến nghị","kiến nghị đã giải quyết, trả lời","tinh"),F(207,"kiến nghị","tổng số kiến nghị","tinh"),F(100,"%","tỷ lệ giải quyết, trả lời","tinh"),
  F(88,"kiến nghị","kiến nghị đã giải quyết xong","tinh"),F(42.51,"%","tỷ lệ đã giải quyết xong","tinh"),F(82,"kiến nghị","kiến nghị đang giải quyết","tinh"),F(39.61,"%","tỷ lệ đang giải quyết","tinh")])
add(N,"tinh","Ngoài ra, có 5 kiến nghị thuộc thẩm quyền của Trung ương và 32 kiến nghị thuộc thẩm quyền cấp xã.",
 [F(5,"kiến nghị","kiến nghị thuộc thẩm quyền Trung ương","tinh"),F(32,"kiến nghị","kiến nghị thuộc thẩm quyền cấp xã","tinh")])
# --- Thái Nguyên tiếp công dân (ja.laodong 1549412)
add(N,"tinh","6 tháng đầu năm 2025, các cơ quan hành chính của tỉnh Thái Nguyên (trước hợp nhất) tiếp 2.464 lượt công dân, giảm 2,2% so với cùng kỳ; tỉnh Bắc Kạn (trước hợp nhất) tiếp 285 lượt.",
 [F(2464,"lượt","tiếp công dân","tinh"),F(285,"lượt","tiếp công dân (Bắc Kạn)","tinh")])
# --- Thái Nguyên kiểm tra 2025
add(N,"tinh","Ngày 9/5, Đoàn kiểm tra công vụ và cải cách hành chính tỉnh Thái Nguyên làm việc tại UBND phường Chùa Hang và UBND phường Thịnh Đán, kiểm tra việc thực hiện Chỉ thị số 20-CT/TU ngày 26/4/2023 và Kế hoạch số 38/KH-UBND ngày 08/3/2024.")
# --- Bắc Kạn
# --- Thanh Hóa QĐ 128/2025
add(R,"tinh","Ngày 09/10/2025, UBND tỉnh Thanh Hóa ban hành Quyết định số 128/2025/QĐ-UBND về Quy chế hoạt động của Trung tâm Phục vụ hành chính công tỉnh, căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 và Thông tư số 03/2025/TT-VPCP ngày 15/9/2025.")
# --- Đồng Tháp QĐ 43/2024
add(R,"tinh","Quyết định số 43/2024/QĐ-UBND ngày 24/12/2024 của UBND tỉnh Đồng Tháp ban hành Quy chế hoạt động của Hệ thống thông tin giải quyết TTHC tỉnh, có hiệu lực từ ngày 06/01/2025.")
# --- Hưng Yên (laodong 1570393)
add(N,"tinh","Từ ngày 10/9, các Trung tâm Phục vụ hành chính công xã, phường ở Hưng Yên tiếp nhận thêm TTHC đất đai từ Văn phòng Đăng ký đất đai tỉnh; tỉnh yêu cầu cấp tài khoản định danh điện tử mức 2 cho học sinh từ 15 tuổi trở lên.")
# --- Lê Thanh Nghị, Hải Phòng (laodong 1563388)
add(N,"xa","Từ ngày 1/7 đến 18/8, phường Lê Thanh Nghị (thành phố Hải Phòng) đã giải quyết 3.660/3.695 hồ sơ, tỷ lệ giải quyết trước hạn đạt 99,05%; 100% hồ sơ được xử lý trực tuyến và đồng bộ lên Cổng Dịch vụ công quốc gia.",
 [F(3660,"hồ sơ","đã giải quyết","xa",False,"BM3-3.3.1"),F(3695,"hồ sơ","tiếp nhận","xa"),F(99.05,"%","tỷ lệ giải quyết trước hạn","xa"),F(100,"%","hồ sơ xử lý trực tuyến","xa")])
# --- Lâm Đồng 6 tháng 2022 (baolamdong 3123212)
add(R,"tinh","6 tháng đầu năm 2022, tỷ lệ hồ sơ TTHC do các sở, ngành tỉnh Lâm Đồng tiếp nhận được giải quyết đúng hạn đạt 99,68%; trong đó 175.920 hồ sơ đã giải quyết xong, 175.354 hồ sơ giải quyết đúng hạn.",
 [F(99.68,"%","tỷ lệ giải quyết đúng hạn","so_nganh",False,"BM3-3.1"),F(175920,"hồ sơ","đã giải quyết xong","so_nganh",False,"BM3-3.1.1"),F(175354,"hồ sơ","giải quyết đúng hạn","so_nganh",False,"BM3-3.1.2")])
add(R,"tinh","Ở cấp huyện, 26.473 trên tổng số 26.972 hồ sơ đã giải quyết xong được giải quyết đúng hạn, đạt 98,15%.",
 [F(26473,"hồ sơ","giải quyết đúng hạn","huyen",False,"BM3-3.2.2"),F(26972,"hồ sơ","đã giải quyết xong","huyen",False,"BM3-3.2.1"),F(98.15,"%","tỷ lệ giải quyết đúng hạn","huyen",False,"BM3-3.2")])
add(R,"tinh","UBND cấp xã đã giải quyết xong 207.030 hồ sơ, trong đó 204.847 hồ sơ đúng hạn, tỷ lệ đạt 98,94%.",
 [F(207030,"hồ sơ","đã giải quyết xong","xa",False,"BM3-3.3.1"),F(204847,"hồ sơ","giải quyết đúng hạn","xa",False,"BM3-3.3.2"),F(98.94,"%","tỷ lệ giải quyết đúng hạn","xa",False,"BM3-3.3")])
add(R,"tinh","Tỉnh đã nhập và đăng tải công khai kịp thời 100% TTHC trên Cơ sở dữ liệu quốc gia về TTHC.",[F(100,"%","TTHC công khai trên Cơ sở dữ liệu quốc gia","tinh")])
# --- Lâm Đồng tháng 10/2019 (baolamdong 2975513)
add(N,"tinh","Trong tháng 10/2019, Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng tiếp nhận tổng cộng 19.361 hồ sơ, trong đó 16.041 hồ sơ tiếp nhận mới, số còn lại từ kỳ trước chuyển sang.",
 [F(19361,"hồ sơ","tổng số hồ sơ tiếp nhận","trung_tam"),F(16041,"hồ sơ","tiếp nhận mới","trung_tam")])
add(N,"tinh","Trung tâm đã giải quyết 15.641 hồ sơ, gồm 13.529 hồ sơ trước hạn (86,5%) và 1.958 hồ sơ đúng hạn (12,5%); còn 154 hồ sơ quá hạn (1%), toàn bộ thuộc Văn phòng Đăng ký đất đai.",
 [F(15641,"hồ sơ","đã giải quyết","trung_tam"),F(13529,"hồ sơ","giải quyết trước hạn","trung_tam"),F(86.5,"%","tỷ lệ trước hạn","trung_tam"),F(1958,"hồ sơ","giải quyết đúng hạn","trung_tam"),F(12.5,"%","tỷ lệ đúng hạn","trung_tam"),F(154,"hồ sơ","quá hạn","trung_tam"),F(1,"%","tỷ lệ quá hạn","trung_tam")])
add(N,"tinh","Ở cấp huyện (gồm cả số liệu của xã), trong tháng có 21.686 hồ sơ, trong đó 18.477 hồ sơ tiếp nhận mới; đã giải quyết 17.651 hồ sơ, với 13.767 hồ sơ trước hạn (78%), 3.254 hồ sơ đúng hạn (18,4%) và 634 hồ sơ quá hạn (3,6%).",
 [F(21686,"hồ sơ","tổng số hồ sơ","huyen"),F(18477,"hồ sơ","tiếp nhận mới","huyen"),F(17651,"hồ sơ","đã giải quyết","huyen"),F(13767,"hồ sơ","giải quyết trước hạn","huyen"),F(78,"%","tỷ lệ trước hạn","huyen"),
  F(3254,"hồ sơ","giải quyết đúng hạn","huyen"),F(18.4,"%","tỷ lệ đúng hạn","huyen"),F(634,"hồ sơ","quá hạn","huyen"),F(3.6,"%","tỷ lệ quá hạn","huyen")])
# --- Thái Nguyên quý I/2023 (baothainguyen)
add(R,"tinh","Quý I/2023, toàn tỉnh Thái Nguyên tiếp nhận 178.661 hồ sơ yêu cầu giải quyết TTHC, trong đó 105.970 hồ sơ tiếp nhận trực tuyến; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%.",
 [F(178661,"hồ sơ","tiếp nhận","tinh",False,"BM7-6.4.1"),F(105970,"hồ sơ","tiếp nhận trực tuyến","tinh",False,"BM7-6.4.2"),F(97,"%","tỷ lệ giải quyết đúng hạn","tinh")])
add(R,"tinh","Tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 99,7%.",[F(99.7,"%","tỷ lệ hồ sơ trực tuyến giải quyết đúng hạn","tinh")])
add(R,"tinh","Bộ phận một cửa các cấp thực hiện tốt việc tiếp nhận 73 TTHC liên thông cùng cấp và 59 TTHC liên thông giữa các cấp chính quyền.",
 [F(73,"TTHC","TTHC liên thông cùng cấp","tinh",False,"BM3-2.1"),F(59,"TTHC","TTHC liên thông giữa các cấp chính quyền","tinh",False,"BM3-2.2")])
add(R,"tinh","Các sở, ngành, địa phương có hồ sơ quá hạn đã gửi văn bản xin lỗi tổ chức, cá nhân và hẹn lại thời gian trả kết quả theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018.")
# --- Đồng Xoài (dongxoai.gov.vn)
add(R,"huyen","Hiện thành phố Đồng Xoài có 355 TTHC được cập nhật trên hệ thống dịch vụ công trực tuyến, gồm 67 thủ tục mức độ 2, 148 thủ tục mức độ 3 và 140 thủ tục mức độ 4.",
 [F(355,"TTHC","TTHC trên hệ thống DVCTT","huyen"),F(67,"TTHC","TTHC mức độ 2","huyen"),F(148,"TTHC","TTHC mức độ 3","huyen",False,"BM7-6.1.2"),F(140,"TTHC","TTHC mức độ 4","huyen",False,"BM7-6.2.2")])
add(R,"huyen","7 tháng năm 2022, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99%; đã chứng thực điện tử 3.480 hồ sơ, xử lý trực tuyến hơn 15.800 hồ sơ và thu không dùng tiền mặt hơn 115 tỷ đồng nghĩa vụ tài chính về đất đai, phí, lệ phí.",
 [F(99,"%","tỷ lệ giải quyết đúng hạn","huyen"),F(3480,"hồ sơ","chứng thực điện tử","huyen"),F(15800,"hồ sơ","xử lý trực tuyến","huyen",True),F(115,"tỷ đồng","thanh toán không dùng tiền mặt","huyen",True)])
add(R,"huyen","Tỷ lệ hồ sơ trễ hạn là 0,7% tại bộ phận một cửa thành phố và 0,3% tại bộ phận một cửa các xã, phường.",
 [F(0.7,"%","tỷ lệ hồ sơ trễ hạn","huyen"),F(0.3,"%","tỷ lệ hồ sơ trễ hạn","xa")])
# --- Bắc Giang (baobacgiang 365377)
add(N,"tinh","Sở Thông tin và Truyền thông Bắc Giang đã tích hợp, liên kết 369 dịch vụ công trực tuyến của Cổng Dịch vụ công tỉnh lên Cổng Dịch vụ công quốc gia, gồm 133 dịch vụ mức độ 3 và 236 dịch vụ mức độ 4.",
 [F(369,"dịch vụ","DVCTT tích hợp lên Cổng Dịch vụ công quốc gia","tinh",False,"BM7-6.3.2"),F(133,"dịch vụ","DVCTT mức độ 3 được tích hợp","tinh"),F(236,"dịch vụ","DVCTT mức độ 4 được tích hợp","tinh")])
add(R,"tinh","Cổng Dịch vụ công của tỉnh hiện cung cấp 1.380 dịch vụ công trực tuyến mức độ 3 và 4.",[F(1380,"dịch vụ","DVCTT mức độ 3 và 4","tinh",False,"BM7-6.3.1")])
add(N,"tinh","Việc kết nối thanh toán trực tuyến cho dịch vụ công mức độ 4 trên Cổng Dịch vụ công quốc gia dự kiến hoàn thành trong tháng 8/2021.")
# --- Đắk Glong (vjs)
add(R,"huyen","Năm 2024, huyện Đắk Glong tiếp nhận 15.607 hồ sơ, trong đó 13.699 hồ sơ tiếp nhận trực tiếp và 1.908 hồ sơ tiếp nhận trực tuyến.",
 [F(15607,"hồ sơ","tiếp nhận","huyen",False,"BM7-6.4.1"),F(13699,"hồ sơ","tiếp nhận trực tiếp","huyen"),F(1908,"hồ sơ","tiếp nhận trực tuyến","huyen",False,"BM7-6.4.2")])
add(R,"huyen","Tổng số hồ sơ đã giải quyết là 13.916, trong đó tỷ lệ giải quyết đúng hạn đạt 89,43%.",
 [F(13916,"hồ sơ","đã giải quyết","huyen",False,"BM3-3.2.1"),F(89.43,"%","tỷ lệ giải quyết đúng hạn","huyen",False,"BM3-3.2")])
add(R,"huyen","Chỉ số cải cách hành chính năm 2024 của huyện đạt 86,09 điểm, xếp thứ 3/8 huyện, thành phố, xếp loại tốt.",[F(86.09,"điểm","Chỉ số CCHC","huyen")])
add(R,"huyen","Đến nay, 204 TTHC cấp huyện và 111 TTHC cấp xã đã được công khai trên môi trường mạng.",
 [F(204,"TTHC","TTHC cấp huyện công khai trên mạng","huyen"),F(111,"TTHC","TTHC cấp xã công khai trên mạng","xa")])
# --- Lạng Sơn (vietnam.vn chuyen-giao)
add(R,"tinh","Tỉnh Lạng Sơn hiện có 1.337 TTHC cấp tỉnh, 300 TTHC cấp huyện và 121 TTHC cấp xã.",
 [F(1337,"TTHC","TTHC cấp tỉnh","so_nganh",False,"BM3-1.4.1"),F(300,"TTHC","TTHC cấp huyện","huyen",False,"BM3-1.4.2"),F(121,"TTHC","TTHC cấp xã","xa",False,"BM3-1.4.3")])
add(R,"tinh","Riêng 5 tháng đầu năm 2025, bộ phận một cửa cấp huyện và cấp xã trên địa bàn tỉnh đã tiếp nhận mới 134.890 hồ sơ.",[F(134890,"hồ sơ","tiếp nhận mới tại một cửa cấp huyện và cấp xã","")])
add(R,"tinh","Các TTHC cấp huyện sẽ được chuyển giao cho cơ quan cấp tỉnh hoặc cấp xã giải quyết trước ngày 1/7/2025, khi mô hình chính quyền cấp huyện chính thức kết thúc.")
# --- TP Hồ Chí Minh (sggp 118804)
add(N,"tinh","UBND TP Hồ Chí Minh công bố danh mục 2.168 TTHC thuộc 15 lĩnh vực tiếp nhận, giải quyết tại Trung tâm Phục vụ hành chính công cấp thành phố và cấp xã; trong đó 1.862 TTHC thuộc thẩm quyền cấp thành phố, 363 TTHC cấp xã và 9 TTHC do cơ quan khác quản lý.",
 [F(2168,"TTHC","TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công","tinh"),F(15,"lĩnh vực","lĩnh vực","tinh"),F(1862,"TTHC","TTHC thẩm quyền cấp thành phố","so_nganh"),F(363,"TTHC","TTHC thẩm quyền cấp xã","xa"),F(9,"TTHC","TTHC do cơ quan khác quản lý","tinh")])
# --- Lạng Sơn phi địa giới (thongtin xoa-dia-ly)
add(R,"tinh","Từ năm 2023, Chủ tịch UBND tỉnh Lạng Sơn phê duyệt danh mục 9 TTHC thí điểm tiếp nhận hồ sơ, trả kết quả không phụ thuộc địa giới hành chính; trong đó 7 TTHC thực hiện tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa cấp huyện, 2 TTHC tại bộ phận một cửa cấp huyện và cấp xã.",
 [F(9,"TTHC","TTHC không phụ thuộc địa giới hành chính","tinh",False,"BM3-2.3"),F(7,"TTHC","TTHC tại Trung tâm tỉnh và một cửa cấp huyện","tinh"),F(2,"TTHC","TTHC tại một cửa cấp huyện và cấp xã","tinh")])
# --- Sổ tay chính quyền cấp xã (laodong 1545386)
# --- Bắc Ninh 2019 (bacninh.gov.vn)
add(N,"tinh","Thực hiện Quyết định số 887/QĐ-TTg ngày 18/7/2018, tỉnh Bắc Ninh rà soát, xây dựng thêm 484 dịch vụ công trực tuyến mức độ 3, 4 của các sở, ngành, cấp huyện và cấp xã, trong đó có 104 dịch vụ mức độ 4.",
 [F(484,"dịch vụ","DVCTT mức độ 3, 4 xây dựng thêm","tinh"),F(104,"dịch vụ","DVCTT mức độ 4 xây dựng thêm","tinh")])
add(N,"tinh","Nhờ đó, tổng số dịch vụ công trực tuyến mức độ 3, 4 của tỉnh nâng lên 819 dịch vụ, vượt hơn 100 dịch vụ so với chỉ tiêu và về đích sớm hơn 10 tháng.",
 [F(819,"dịch vụ","DVCTT mức độ 3, 4","tinh",False,"BM7-6.3.1")])
# --- Gia Lai 2016 (aita)
add(R,"tinh","Theo Báo cáo số 09/BC-UBND của UBND tỉnh Gia Lai, năm 2016 tỉnh đã triển khai hơn 152 dịch vụ công trực tuyến mức độ 3, 4.",[F(152,"dịch vụ","DVCTT mức độ 3, 4 triển khai","tinh",True,"BM7-6.3.1")])
# --- Lâm Đồng tiếp công dân 4/2017
add(N,"tinh","Tháng 4/2017, toàn tỉnh Lâm Đồng tiếp 259 lượt công dân với 316 người đến khiếu nại, tố cáo, kiến nghị, phản ánh; trong đó tiếp thường xuyên 161 lượt với 201 người, tiếp định kỳ 98 lượt với 115 người.",
 [F(259,"lượt","tiếp công dân","tinh"),F(316,"người","người đến khiếu nại, tố cáo, kiến nghị, phản ánh","tinh"),F(161,"lượt","tiếp thường xuyên","tinh"),F(201,"người","người được tiếp thường xuyên","tinh"),F(98,"lượt","tiếp định kỳ","tinh"),F(115,"người","người được tiếp định kỳ","tinh")])
add(N,"tinh","Tại buổi tiếp dân định kỳ ngày 15/4/2017 ở trụ sở tiếp công dân của UBND tỉnh có 07 lượt công dân; bộ phận tiếp dân nhận đơn xử lý 04 trường hợp và hướng dẫn 03 lượt công dân đến cơ quan có thẩm quyền.",
 [F(7,"lượt","tiếp dân định kỳ","tinh"),F(4,"trường hợp","nhận đơn xử lý","tinh"),F(3,"lượt","hướng dẫn đến cơ quan có thẩm quyền","tinh")])
# --- văn bản quy định (distractors)
add(R,"tinh","Quyết định số 1313/QĐ-UBND ngày 03/6/2008 của Chủ tịch UBND tỉnh Thừa Thiên Huế ban hành quy định tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về cơ chế, chính sách và TTHC.")
add(R,"tinh","Quyết định số 2072/QĐ-UBND ngày 12/8/2014 ban hành Quy chế khảo sát, đánh giá mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh Khánh Hòa.")
add(R,"tinh","Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính trên địa bàn tỉnh Đắk Lắk ban hành kèm theo Quyết định số 41/2014/QĐ-UBND ngày 20/11/2014, có hiệu lực sau 10 ngày kể từ ngày ký.")
add(R,"tinh","Ngày 16/11/2018, Chủ tịch UBND tỉnh Sơn La ký Quyết định số 2862/QĐ-UBND ban hành Quy chế tiếp nhận, xử lý và trả lời phản ánh, kiến nghị của người dân, doanh nghiệp trên Cổng thông tin điện tử tỉnh.")
add(R,"tinh","Quyết định số 876/QĐ-UBND ngày 22/6/2011 của UBND tỉnh Yên Bái ban hành Quy chế phối hợp giữa Văn phòng UBND tỉnh với các sở, ban, ngành, UBND cấp huyện trong kiểm soát TTHC theo Nghị định số 63/2010/NĐ-CP ngày 08/6/2010.")
# --- Nghệ An Thanh tra Sở Tài chính 2021 (baonghean 10237096)
add(R,"so_nganh","Năm 2021, Thanh tra Sở Tài chính Nghệ An tiến hành 21 cuộc thanh tra tại 70 đơn vị, kiến nghị xử lý tổng số tiền 11.811 triệu đồng.",
 [F(21,"cuộc","cuộc thanh tra","so_nganh"),F(70,"đơn vị","đơn vị được thanh tra","so_nganh"),F(11811,"triệu đồng","kiến nghị xử lý","so_nganh")])
add(R,"so_nganh","Trong đó, đã thu hồi 9.522/9.821 triệu đồng về tài khoản tạm giữ, đạt 97%; thu hồi nộp ngân sách tỉnh 322/322 triệu đồng, đạt 100%.",
 [F(9522,"triệu đồng","đã thu hồi về tài khoản tạm giữ","so_nganh"),F(9821,"triệu đồng","phải thu hồi về tài khoản tạm giữ","so_nganh"),F(97,"%","tỷ lệ thu hồi về tài khoản tạm giữ","so_nganh"),
  F(322,"triệu đồng","đã thu hồi nộp ngân sách","so_nganh"),F(322,"triệu đồng","phải thu hồi nộp ngân sách","so_nganh"),F(100,"%","tỷ lệ thu hồi nộp ngân sách","so_nganh")])
add(R,"so_nganh","Ngoài ra, giảm thanh toán 438 triệu đồng và xử lý khác 1.188 triệu đồng.",
 [F(438,"triệu đồng","giảm thanh toán","so_nganh"),F(1188,"triệu đồng","xử lý khác","so_nganh")])
# --- Kỳ Sơn (baonghean kiem-tra-dot-xuat)
add(N,"huyen","Ngày 4/7, đoàn kiểm tra của tỉnh Nghệ An kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính theo Chỉ thị 26/CT-TTg tại xã Chiêu Lưu, thị trấn Mường Xén và UBND huyện Kỳ Sơn.")
# --- Lâm Đồng MTTQ giám sát (ja.laodong 1597764)
add(N,"tinh","Ngày 25/10, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức giám sát hoạt động của chính quyền tại 15 xã, phường sau hơn 3 tháng vận hành mô hình chính quyền hai cấp.",
 [F(15,"đơn vị","xã, phường được giám sát","xa")])
# --- Đắk Nông thanh tra
# --- Nghệ An HD 352
add(R,"so_nganh","Ngày 17/02/2025, Sở Nội vụ Nghệ An ban hành Hướng dẫn số 352/HD-SNV về thực hiện chính sách nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định số 178/2024/NĐ-CP ngày 31/12/2024.")
# --- Hà Tĩnh Thành Sen
add(N,"xa","Sáng 1/7, Trung tâm Phục vụ hành chính công phường Thành Sen, phường đông dân nhất tỉnh Hà Tĩnh, đón nhiều người dân đến làm thủ tục, đông nhất ở lĩnh vực đất đai và tư pháp.")
# --- Phú Quốc (sggp 118859)
add(N,"xa","Tại Trung tâm Phục vụ hành chính công đặc khu Phú Quốc, đúng 7 giờ sáng ngày 9/7 hệ thống lấy số tự động được kích hoạt; 4 tình nguyện viên túc trực suốt ngày hướng dẫn người dân kê khai hồ sơ và dùng cổng dịch vụ công.",
 [F(4,"người","tình nguyện viên hỗ trợ người dân","xa")])

# --- additions
add(R,"tinh","Trong tháng 10-2025, các chỉ số thành phần của Gia Lai gồm: công khai, minh bạch đạt 18 điểm; tiến độ giải quyết 18,3 điểm; dịch vụ trực tuyến 8,1 điểm; thanh toán trực tuyến 7,5 điểm; mức độ hài lòng 18 điểm và số hóa hồ sơ 17,1 điểm.",
 [F(18,"điểm","chỉ số công khai, minh bạch","tinh"),F(18.3,"điểm","chỉ số tiến độ giải quyết","tinh"),F(8.1,"điểm","chỉ số dịch vụ trực tuyến","tinh"),F(7.5,"điểm","chỉ số thanh toán trực tuyến","tinh"),F(18,"điểm","chỉ số mức độ hài lòng","tinh"),F(17.1,"điểm","chỉ số số hóa hồ sơ","tinh")])
add(N,"tinh","Từ tháng 01/2017, Cổng dịch vụ công tỉnh Bắc Ninh tích hợp hệ thống một cửa điện tử từ tỉnh đến xã, cung cấp 335 dịch vụ công trực tuyến mức độ 3, 4 và tích hợp thêm 59 dịch vụ công do các bộ, ngành Trung ương quản lý.",
 [F(335,"dịch vụ","DVCTT mức độ 3, 4","tinh",False,"BM7-6.3.1"),F(59,"dịch vụ","dịch vụ công của bộ, ngành được tích hợp","tinh")])
add(R,"tinh","Sau sắp xếp, tỉnh Khánh Hòa còn 14 cơ quan chuyên môn thuộc UBND tỉnh và 90 phòng, chi cục và tương đương thuộc sở, ngành.",
 [F(14,"đơn vị","cơ quan chuyên môn thuộc UBND tỉnh","tinh"),F(90,"đơn vị","phòng, chi cục thuộc sở, ngành","so_nganh")])
add(R,"tinh","Các cơ quan, đơn vị trên địa bàn tỉnh Thái Nguyên tiếp tục đưa 100% TTHC theo ngành dọc ra tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa cấp huyện, cấp xã.",
 [F(100,"%","TTHC ngành dọc tiếp nhận tại bộ phận một cửa","tinh")])
add(R,"tinh","Trong tháng 2/2025, Trung tâm Phục vụ hành chính công tỉnh Bình Thuận tiếp nhận 5.000 hồ sơ (trong đó 2.105 hồ sơ trực tuyến); đã giải quyết 5.127 hồ sơ, trong đó 5.125 hồ sơ đúng và trước hạn, chỉ 2 hồ sơ trễ hạn.",
 [F(5000,"hồ sơ","tiếp nhận","trung_tam"),F(2105,"hồ sơ","tiếp nhận trực tuyến","trung_tam"),F(5127,"hồ sơ","đã giải quyết","trung_tam"),F(5125,"hồ sơ","giải quyết đúng và trước hạn","trung_tam"),F(2,"hồ sơ","giải quyết trễ hạn","trung_tam")])
add(R,"tinh","Lũy kế đến cuối tháng 2/2025, Trung tâm tiếp nhận 9.475 hồ sơ (3.350 hồ sơ trực tuyến) và đã giải quyết đúng, trước hạn 10.635 hồ sơ.",
 [F(9475,"hồ sơ","tiếp nhận lũy kế","trung_tam"),F(3350,"hồ sơ","tiếp nhận trực tuyến lũy kế","trung_tam"),F(10635,"hồ sơ","giải quyết đúng, trước hạn lũy kế","trung_tam")])
add(R,"tinh","Trong tháng, các sở, ngành đã số hóa 2.373/3.297 hồ sơ đầu vào và 1.500/3.731 kết quả giải quyết TTHC.",
 [F(2373,"hồ sơ","hồ sơ đầu vào đã số hóa","so_nganh"),F(3297,"hồ sơ","hồ sơ đầu vào","so_nganh"),F(1500,"kết quả","kết quả giải quyết đã số hóa","so_nganh"),F(3731,"kết quả","kết quả giải quyết TTHC","so_nganh")])
add(R,"tinh","Tính đến cuối tháng 2/2025, toàn bộ các sở, ngành đã số hóa 4.681/6.779 hồ sơ đầu vào và 4.851/7.769 kết quả giải quyết TTHC.",
 [F(4681,"hồ sơ","hồ sơ đầu vào đã số hóa lũy kế","so_nganh"),F(6779,"hồ sơ","hồ sơ đầu vào lũy kế","so_nganh"),F(4851,"kết quả","kết quả giải quyết đã số hóa lũy kế","so_nganh"),F(7769,"kết quả","kết quả giải quyết TTHC lũy kế","so_nganh")])
add(R,"so_nganh","Quyết định số 119/QĐ-UBND ngày 23/11/2009 của Chủ tịch UBND tỉnh Bắc Giang bổ sung 04 TTHC vào Bộ TTHC thuộc thẩm quyền giải quyết của Sở Thông tin và Truyền thông.",
 [F(4,"TTHC","TTHC công bố bổ sung","so_nganh",False,"BM3-1.2")])
add(N,"xa","Trong 3 ngày đầu tháng 7, Trung tâm Phục vụ hành chính công xã Đakrông (tỉnh Quảng Trị), được thành lập trên cơ sở sáp nhập 3 xã Tà Long, Ba Nang và Đakrông cũ, đã tiếp nhận và xử lý 39 hồ sơ.",
 [F(39,"hồ sơ","tiếp nhận và xử lý","xa")])
rows=[]
seen=set()
for i,(k,l,t,f) in enumerate(C,1):
    t=unicodedata.normalize("NFC",t)
    assert t not in seen, t; seen.add(t)
    rows.append({"case_id":f"H4-N-{i:03d}","source_kind":k,"doc_level":l,"text":t,"facts":json.dumps(f,ensure_ascii=False)})
out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"cases.csv")
with open(out,"w",encoding="utf-8",newline="") as fh:
    w=csv.DictWriter(fh,fieldnames=["case_id","source_kind","doc_level","text","facts"]); w.writeheader(); w.writerows(rows)
print(len(rows))
