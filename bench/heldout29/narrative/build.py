import csv, json, re, unicodedata, glob, io
D='/work/holdout29/narrative/'
def F(v,u,m,s,a=False,c=""): return {"value":v,"unit":u,"measure":m,"scope":s,"approx":a,"code":c}
C=[]  # (kind, level, text, facts, source)
# ---------- REAL ----------
C.append(("news","tinh","Riêng năm 2022, tỉnh Lạng Sơn tiếp nhận 743.828 hồ sơ thủ tục hành chính, trong đó 214.718 hồ sơ nộp trực tuyến, chiếm tỷ lệ 28,87%, tăng 25,57% so với năm 2021.",
 [F(743828,"hồ sơ","hồ sơ TTHC tiếp nhận","tinh"),F(214718,"hồ sơ","hồ sơ nộp trực tuyến","tinh"),F(28.87,"%","tỷ lệ hồ sơ nộp trực tuyến","tinh")],
 "https://old.baolangson.vn/en/society/32022-processing-administrative-procedures-through-online-public-services-good-news.html"))
C.append(("news","huyen","UBND thành phố Hội An giao chỉ tiêu cho các phòng, ban, đơn vị và UBND 13 xã, phường phải giải quyết hồ sơ thủ tục hành chính trước hạn và đúng hạn đạt 100% trong năm 2025; riêng Phòng Tài nguyên và Môi trường, Chi nhánh Văn phòng Đăng ký đất đai Hội An được giao chỉ tiêu 95% hồ sơ lĩnh vực đất đai giải quyết trước và đúng hạn.",
 [], "https://www.vietnam.vn/en/hoi-an-giao-chi-tieu-ty-le-ho-so-thu-tuc-hanh-chinh-giai-quyet-truoc-va-dung-han"))
C.append(("news","xa","Mỗi ngày Trung tâm Phục vụ hành chính công phường Tân Dân tiếp nhận hàng trăm hồ sơ, trong đó lĩnh vực hộ tịch, chứng thực chiếm khoảng 70% số hồ sơ tiếp nhận trong ngày; Trung tâm hiện có 01 Giám đốc kiêm nhiệm, 01 Phó Giám đốc và 02 công chức trực tiếp giải quyết thủ tục hành chính.",
 [], "https://www.vietnam.vn/en/dong-bo-quan-ly-ho-tich-chung-thuc-sau-sap-nhap"))
C.append(("news","tinh","Tỉnh Khánh Hòa yêu cầu các cơ quan liên quan khẩn trương hoàn thành việc tích hợp, cung cấp 100% dịch vụ công trực tuyến trên nền tảng quốc gia trong tháng 6/2025; kể từ ngày 01/7/2025, Cổng Dịch vụ công tỉnh chính thức đóng giao diện, không duy trì song song.",
 [], "https://news.laodong.vn/thoi-su/khong-de-that-lac-ho-so-hanh-chinh-trong-qua-trinh-sap-nhap-o-khanh-hoa-1524253.ldo"))
C.append(("news","tinh","Ngày 03/9/2025, Chủ tịch UBND thành phố Hải Phòng quyết định cắt giảm thời gian giải quyết thủ tục hành chính cấp thành phố: 1.680/1.907 thủ tục được cắt giảm từ 50% thời gian trở lên, 39 thủ tục cắt giảm dưới 50% và 188 thủ tục giữ nguyên thời hạn.",
 [F(1680,"TTHC","TTHC cấp thành phố cắt giảm thời gian giải quyết từ 50% trở lên","tinh"),F(1907,"TTHC","tổng số TTHC cấp thành phố được rà soát cắt giảm thời gian","tinh"),F(39,"TTHC","TTHC cấp thành phố cắt giảm thời gian dưới 50%","tinh"),F(188,"TTHC","TTHC cấp thành phố giữ nguyên thời hạn giải quyết","tinh")],
 "https://news.baohaiphong.vn/print/519878.html"))
C.append(("news","tinh","Ở cấp xã, thành phố Hải Phòng cắt giảm từ 50% thời gian giải quyết trở lên đối với 269/313 thủ tục hành chính, 08 thủ tục được cắt giảm dưới 50%, còn 36 thủ tục giữ nguyên.",
 [F(269,"TTHC","TTHC cấp xã cắt giảm thời gian giải quyết từ 50% trở lên","xa"),F(313,"TTHC","tổng số TTHC cấp xã được rà soát cắt giảm thời gian","xa"),F(8,"TTHC","TTHC cấp xã cắt giảm thời gian dưới 50%","xa"),F(36,"TTHC","TTHC cấp xã giữ nguyên thời hạn giải quyết","xa")],
 "https://news.baohaiphong.vn/print/519878.html"))
C.append(("news","tinh","Hiện tỉnh Quảng Ninh đã cung cấp dịch vụ công trực tuyến đối với 2.219/2.247 thủ tục hành chính, đạt 98,7%, trong đó 1.658 thủ tục thực hiện toàn trình và 561 thủ tục thực hiện một phần trực tuyến.",
 [F(2219,"TTHC","TTHC cung cấp dịch vụ công trực tuyến","tinh"),F(2247,"TTHC","tổng số TTHC","tinh"),F(98.7,"%","tỷ lệ TTHC cung cấp dịch vụ công trực tuyến","tinh"),F(1658,"TTHC","TTHC cung cấp trực tuyến toàn trình","tinh"),F(561,"TTHC","TTHC cung cấp trực tuyến một phần","tinh")],
 "https://www.vietnam.vn/en/dong-luc-phat-trien-cho-nguoi-dan-va-doanh-nghiep"))
C.append(("news","tinh","Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh đã cập nhật 250 thủ tục hành chính lên Hệ thống thông tin giải quyết TTHC của tỉnh, gồm 64 TTHC công bố mới, 125 TTHC sửa đổi, bổ sung và 49 TTHC thay thế, bãi bỏ.",
 [F(250,"TTHC","TTHC cập nhật lên hệ thống thông tin giải quyết TTHC","trung_tam"),F(64,"TTHC","TTHC công bố mới được cập nhật","trung_tam"),F(125,"TTHC","TTHC sửa đổi, bổ sung được cập nhật","trung_tam"),F(49,"TTHC","TTHC thay thế, bãi bỏ được cập nhật","trung_tam")],
 "https://www.vietnam.vn/en/dong-luc-phat-trien-cho-nguoi-dan-va-doanh-nghiep"))
C.append(("news","tinh","Ngày 24/4/2023, UBND tỉnh Kon Tum ban hành Quyết định số 19/2023/QĐ-UBND bãi bỏ 45 văn bản quy phạm pháp luật do UBND tỉnh ban hành (gồm 41 quyết định và 04 chỉ thị) không còn phù hợp với quy định pháp luật và điều kiện kinh tế - xã hội của địa phương.",
 [F(45,"văn bản","VBQPPL bãi bỏ","tinh"),F(41,"văn bản","quyết định bị bãi bỏ","tinh"),F(4,"văn bản","chỉ thị bị bãi bỏ","tinh")],
 "http://ipckontum.gov.vn/hop-tac-phat-trien/UBND-tinh-ban-hanh-Quyet-dinh-so-192023QDUBND-ve-viec-bai-bo-mot-so-van-ban-quy-pham-phap-luat-do-UBND-tinh-ban-hanh-4822"))
C.append(("news","tinh","Theo báo cáo của Sở Tư pháp tỉnh Phú Thọ, đến thời điểm này số văn bản quy phạm pháp luật của ba tỉnh cũ phải điều chỉnh, thay thế hoặc hủy bỏ là 1.367 văn bản; đã rà soát, xử lý 304 văn bản; còn 1.063 văn bản phải tiếp tục xử lý.",
 [F(1367,"văn bản","VBQPPL phải điều chỉnh, thay thế hoặc hủy bỏ sau rà soát","tinh",False,"BM2-3.2.1"),F(304,"văn bản","VBQPPL đã rà soát, xử lý","tinh",False,"BM2-3.2.2"),F(1063,"văn bản","VBQPPL phải tiếp tục xử lý","tinh")],
 "https://baophutho.vn/tap-trung-ra-soat-hoan-thien-he-thong-van-ban-quy-pham-phap-luat-do-hdnd-ubnd-tinh-ban-hanh-239425.htm"))
C.append(("news","tinh","Trên cơ sở đề xuất của các sở, ngành, Sở Tư pháp đã xây dựng dự thảo tờ trình để UBND tỉnh trình HĐND tỉnh bãi bỏ 34 nghị quyết, đồng thời trình UBND tỉnh bãi bỏ 175 quyết định và 24 chỉ thị; số văn bản còn lại sẽ được xử lý bằng việc ban hành văn bản mới thay thế từ tháng 9/2025 đến tháng 12/2025.",
 [F(34,"văn bản","nghị quyết dự thảo đề nghị bãi bỏ","tinh"),F(175,"văn bản","quyết định dự thảo đề nghị bãi bỏ","tinh"),F(24,"văn bản","chỉ thị dự thảo đề nghị bãi bỏ","tinh")],
 "https://baophutho.vn/tap-trung-ra-soat-hoan-thien-he-thong-van-ban-quy-pham-phap-luat-do-hdnd-ubnd-tinh-ban-hanh-239425.htm"))
C.append(("news","tinh","Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng được thành lập trên cơ sở hợp nhất 3 trung tâm của ba tỉnh cũ, có 01 Giám đốc kiêm nhiệm và 04 Phó Giám đốc; Trung tâm đã công bố, công khai toàn bộ 2.308 thủ tục hành chính cấp tỉnh và cấp xã trên Hệ thống thông tin giải quyết TTHC iGate 3.0.",
 [F(2308,"TTHC","TTHC cấp tỉnh và cấp xã đã công bố, công khai trên hệ thống","tinh")],
 "https://vjs.vietnam.vn/en/trung-tam-phuc-vu-hanh-chinh-cong-tinh-chuyen-minh-sau-sap-nhap"))
C.append(("news","tinh","Tại Công điện số 187/CĐ-TTg ngày 04/10/2025, Thủ tướng yêu cầu hoàn thành trong năm 2025 mục tiêu 100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh và cung cấp dịch vụ công trực tuyến cho 100% TTHC liên quan đến doanh nghiệp.",
 [], "https://news.laodong.vn/thoi-su/100-thu-tuc-hanh-chinh-se-khong-phu-thuoc-vao-dia-gioi-hanh-chinh-cap-tinh-1586090.ldo"))
# ---------- SYNTHETIC ----------
S=[]
S.append(("report","tinh","Quý III/2026, cấp tỉnh Tuyên Quang đã giải quyết 41.274 hồ sơ TTHC, trong đó 41.025 hồ sơ đúng hạn, đạt 99,40%; cấp xã giải quyết 186.509 hồ sơ, đúng hạn 184.822 hồ sơ, đạt 99,10%.",
 [F(41274,"hồ sơ","hồ sơ cấp tỉnh đã giải quyết","tinh",False,"BM3-3.1.1"),F(41025,"hồ sơ","hồ sơ cấp tỉnh giải quyết đúng hạn","tinh",False,"BM3-3.1.2"),F(99.4,"%","tỷ lệ hồ sơ cấp tỉnh giải quyết đúng hạn","tinh",False,"BM3-3.1"),
  F(186509,"hồ sơ","hồ sơ cấp xã đã giải quyết","xa",False,"BM3-3.3.1"),F(184822,"hồ sơ","hồ sơ cấp xã giải quyết đúng hạn","xa",False,"BM3-3.3.2"),F(99.1,"%","tỷ lệ hồ sơ cấp xã giải quyết đúng hạn","xa",False,"BM3-3.3")],
 "synthetic: tỉnh Tuyên Quang, quý III/2026 (hồ sơ theo cấp)"))
S.append(("report","so_nganh","6 tháng đầu năm 2026, Sở Xây dựng tỉnh Lào Cai tiếp nhận 3.853 hồ sơ, trong đó 3.631 hồ sơ trực tuyến (94,24%); đã giải quyết 3.719 hồ sơ, gồm 3.705 hồ sơ trước và đúng hạn, 14 hồ sơ trễ hạn; bình quân mỗi ngày làm việc tiếp nhận khoảng 31 hồ sơ.",
 [F(3853,"hồ sơ","hồ sơ tiếp nhận","so_nganh"),F(3631,"hồ sơ","hồ sơ tiếp nhận trực tuyến","so_nganh"),F(94.24,"%","tỷ lệ hồ sơ trực tuyến","so_nganh"),F(3719,"hồ sơ","hồ sơ đã giải quyết","so_nganh"),F(3705,"hồ sơ","hồ sơ giải quyết trước và đúng hạn","so_nganh"),F(14,"hồ sơ","hồ sơ trễ hạn","so_nganh")],
 "synthetic: Sở Xây dựng tỉnh Lào Cai, 6 tháng đầu năm 2026 (hồ sơ của sở; with a per-day average)"))
S.append(("report","tinh","Năm 2025, Chủ tịch UBND tỉnh Khánh Hòa đã ban hành 86 quyết định công bố danh mục 1.142 thủ tục hành chính, trong đó 318 TTHC công bố mới, 547 TTHC sửa đổi, bổ sung và 277 TTHC bị bãi bỏ, thay thế.",
 [F(86,"văn bản","quyết định công bố danh mục TTHC","tinh"),F(1142,"TTHC","TTHC được công bố","tinh"),F(318,"TTHC","TTHC công bố mới","tinh",False,"BM3-1.2"),F(547,"TTHC","TTHC sửa đổi, bổ sung","tinh"),F(277,"TTHC","TTHC bãi bỏ, thay thế","tinh",False,"BM3-1.3")],
 "synthetic: tỉnh Khánh Hòa, năm 2025 (công bố TTHC)"))
S.append(("report","tinh","Trong 9 tháng năm 2026, thành phố Đà Nẵng tiếp nhận 412 phản ánh, kiến nghị về quy định hành chính và hành vi hành chính; đã xử lý xong 397 PAKN, đạt 96,36%, còn 15 PAKN đang xử lý trong thời hạn.",
 [F(412,"PAKN","PAKN tiếp nhận","tinh",False,"BM3-3.4.1"),F(397,"PAKN","PAKN đã xử lý xong","tinh",False,"BM3-3.4.2"),F(96.36,"%","tỷ lệ PAKN đã xử lý","tinh",False,"BM3-3.4"),F(15,"PAKN","PAKN đang xử lý trong thời hạn","tinh")],
 "synthetic: thành phố Đà Nẵng, 9 tháng năm 2026 (PAKN)"))
S.append(("report","so_nganh","Năm 2025, Sở Tư pháp tỉnh Cà Mau đã tham mưu kiểm tra 263 văn bản quy phạm pháp luật theo thẩm quyền, phát hiện 19 văn bản có nội dung không phù hợp cần xử lý; đến nay đã xử lý xong 16/19 văn bản, đạt 84,21%.",
 [F(263,"văn bản","VBQPPL đã kiểm tra theo thẩm quyền","tinh",False,"BM2-2.1"),F(19,"văn bản","VBQPPL cần xử lý sau kiểm tra","tinh",False,"BM2-2.2.1"),F(16,"văn bản","VBQPPL đã xử lý xong sau kiểm tra","tinh",False,"BM2-2.2.2"),F(84.21,"%","tỷ lệ xử lý VBQPPL sau kiểm tra","tinh",False,"BM2-2.2")],
 "synthetic: Sở Tư pháp tỉnh Cà Mau, năm 2025 (kiểm tra VBQPPL)"))
S.append(("report","tinh","6 tháng đầu năm 2026, Đoàn kiểm tra CCHC tỉnh Hưng Yên đã kiểm tra 14 sở, ngành và 38 xã, phường; qua kiểm tra phát hiện 58 tồn tại, hạn chế, đến nay đã khắc phục xong 51 vấn đề, đạt 87,93%.",
 [F(14,"đơn vị","sở, ngành đã kiểm tra CCHC","so_nganh",False,"BM1-3.1"),F(38,"đơn vị","xã, phường đã kiểm tra CCHC","xa"),F(58,"vấn đề","vấn đề phát hiện qua kiểm tra","tinh",False,"BM1-3.3.1"),F(51,"vấn đề","vấn đề đã xử lý xong","tinh",False,"BM1-3.3.2"),F(87.93,"%","tỷ lệ xử lý vấn đề phát hiện qua kiểm tra","tinh",False,"BM1-3.3")],
 "synthetic: tỉnh Hưng Yên, 6 tháng đầu năm 2026 (kiểm tra CCHC)"))
S.append(("report","so_nganh","Năm 2025, Sở Nội vụ tỉnh Quảng Trị đã thẩm định, trình giải quyết tinh giản 412 biên chế công chức và 1.061 người làm việc trong các đơn vị sự nghiệp công lập; tổ chức tuyển dụng 57 công chức và 318 viên chức; năm 2026 phấn đấu giảm tối thiểu 5% biên chế so với số được giao.",
 [F(412,"biên chế","biên chế công chức đã tinh giản","tinh",False,"BM4-2.4"),F(1061,"người","người làm việc trong ĐVSNCL đã tinh giản","tinh",False,"BM4-3.3"),F(57,"người","công chức được tuyển dụng","tinh",False,"BM5-2.1"),F(318,"người","viên chức được tuyển dụng","tinh",False,"BM5-2.4")],
 "synthetic: Sở Nội vụ tỉnh Quảng Trị, năm 2025 (tinh giản, tuyển dụng; with a target clause)"))
S.append(("report","tinh","Quý IV/2025, toàn tỉnh Đắk Lắk tiếp nhận 312.458 hồ sơ TTHC, trong đó 268.915 hồ sơ trực tuyến, đạt 86,07%; thực hiện hơn 96.500 giao dịch thanh toán trực tuyến với số tiền 22,35 tỷ đồng.",
 [F(312458,"hồ sơ","hồ sơ TTHC tiếp nhận","tinh",False,"BM7-6.4.1"),F(268915,"hồ sơ","hồ sơ tiếp nhận trực tuyến","tinh",False,"BM7-6.4.2"),F(86.07,"%","tỷ lệ hồ sơ tiếp nhận trực tuyến","tinh",False,"BM7-6.4"),F(96500,"giao dịch","giao dịch thanh toán trực tuyến","tinh",True),F(22350,"triệu đồng","số tiền thanh toán trực tuyến","tinh")],
 "synthetic: tỉnh Đắk Lắk, quý IV/2025 (hồ sơ trực tuyến, thanh toán trực tuyến)"))
S.append(("report","tinh","Năm 2025, UBND tỉnh Ninh Bình ban hành 27 văn bản chỉ đạo, điều hành công tác CCHC; hoàn thành 62/66 nhiệm vụ trong Kế hoạch CCHC năm, đạt 93,94%. Trong tổng số 148 nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao, tỉnh đã hoàn thành đúng hạn 139 nhiệm vụ, hoàn thành quá hạn 5 nhiệm vụ, còn 4 nhiệm vụ quá hạn chưa hoàn thành.",
 [F(27,"văn bản","văn bản chỉ đạo CCHC đã ban hành","tinh",False,"BM1-1"),F(62,"nhiệm vụ","nhiệm vụ kế hoạch CCHC đã hoàn thành","tinh",False,"BM1-2.2"),F(66,"nhiệm vụ","nhiệm vụ đề ra trong kế hoạch CCHC","tinh",False,"BM1-2.1"),F(93.94,"%","tỷ lệ hoàn thành kế hoạch CCHC","tinh",False,"BM1-2"),
  F(148,"nhiệm vụ","nhiệm vụ Chính phủ, Thủ tướng giao","tinh",False,"BM1-5.1"),F(139,"nhiệm vụ","nhiệm vụ hoàn thành đúng hạn","tinh",False,"BM1-5.2"),F(5,"nhiệm vụ","nhiệm vụ hoàn thành quá hạn","tinh",False,"BM1-5.3"),F(4,"nhiệm vụ","nhiệm vụ quá hạn chưa hoàn thành","tinh",False,"BM1-5.4")],
 "synthetic: tỉnh Ninh Bình, năm 2025 (văn bản chỉ đạo, nhiệm vụ CCHC, nhiệm vụ Chính phủ giao)"))
S.append(("report","so_nganh","9 tháng năm 2026, Sở Tài chính tỉnh Gia Lai tiếp nhận 4.927 hồ sơ đăng ký doanh nghiệp, trong đó 4.902 hồ sơ qua mạng điện tử, đạt 99,49%; cấp đăng ký thành lập mới cho 2.136 doanh nghiệp, tăng 18,4% so với cùng kỳ năm 2025.",
 [F(4927,"hồ sơ","hồ sơ đăng ký doanh nghiệp tiếp nhận","so_nganh"),F(4902,"hồ sơ","hồ sơ đăng ký doanh nghiệp qua mạng điện tử","so_nganh"),F(99.49,"%","tỷ lệ hồ sơ đăng ký qua mạng","so_nganh"),F(2136,"doanh nghiệp","doanh nghiệp được cấp đăng ký thành lập mới","so_nganh")],
 "synthetic: Sở Tài chính tỉnh Gia Lai, 9 tháng năm 2026 (đăng ký doanh nghiệp; with a comparison clause)"))
S.append(("report","so_nganh","Quý I/2026, Sở Tư pháp thành phố Cần Thơ chủ trì rà soát 1.134 văn bản quy phạm pháp luật do HĐND, UBND thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang (cũ) ban hành, xác định 236 văn bản cần xử lý; đến ngày 31/3/2026 đã xử lý xong 98 văn bản, đạt 41,53%.",
 [F(1134,"văn bản","VBQPPL đã rà soát","tinh",False,"BM2-3.1"),F(236,"văn bản","VBQPPL cần xử lý sau rà soát","tinh",False,"BM2-3.2.1"),F(98,"văn bản","VBQPPL đã xử lý xong sau rà soát","tinh",False,"BM2-3.2.2"),F(41.53,"%","tỷ lệ xử lý VBQPPL sau rà soát","tinh",False,"BM2-3.2")],
 "synthetic: Sở Tư pháp thành phố Cần Thơ, quý I/2026 (rà soát VBQPPL)"))
ALL=[(c,False) for c in C]+[(s,True) for s in S]
# ---------- checks ----------
cat=set()
for r in csv.DictReader(open('/work/shared/reference/catalog.csv',encoding='utf-8')): cat.add(f"BM{r['form']}-{r['code']}")
used=set(l.strip() for l in open('/tmp/used_urls29.txt'))
def vn(v):
    if float(v).is_integer():
        s=f"{int(v):,}".replace(",","."); return [s, s.lstrip("0")]
    return [str(v).replace(".",",")]
def fmt_forms(f,t):
    v=f["value"]; forms=vn(v)
    if f["unit"]=="triệu đồng" and v>=1000: forms.append(str(v/1000).replace(".",",").rstrip("0").rstrip(","))
    forms += [ "0"+str(int(v)) ] if float(v).is_integer() and v<10 else []
    if float(v).is_integer() and v>=1000 and v%1000==0: forms.append(f"{int(v)//1000:,}".replace(",","."))
    return any(x in t for x in forms)
earlier=" ".join(open(p,encoding='utf-8').read() for p in glob.glob('/work/holdout29/earlier/*/*/cases.csv'))
rows=[];srcs=[];texts=set();nf=nc=0;ns=0
for i,((kind,lvl,text,facts,src),syn) in enumerate(ALL,1):
    cid=f"H29-N-{i:03d}"
    text=unicodedata.normalize("NFC",text); assert text not in texts; texts.add(text)
    assert kind in("report","news") and lvl in("tinh","huyen","xa","so_nganh")
    for f in facts:
        assert set(f)=={"value","unit","measure","scope","approx","code"}
        assert f["scope"] in("tinh","so_nganh","huyen","xa","trung_tam","")
        assert f["code"]=="" or f["code"] in cat, f["code"]
        if not fmt_forms(f,text): print("VALUE NOT IN TEXT",cid,f["value"])
        nf+=1; nc+= f["code"]!=""
        if syn:
            for x in vn(f["value"]):
                if len(x)>=5 and x in earlier: print("COLLISION",cid,x)
    if not syn: assert src not in used, src
    else: ns+=1; assert src.startswith("synthetic:")
    rows.append([cid,kind,lvl,text,json.dumps(facts,ensure_ascii=False)]); srcs.append((cid,src))
assert ns*2<=len(rows)
with open(D+'cases.csv','w',encoding='utf-8',newline='') as fh:
    w=csv.writer(fh); w.writerow(["case_id","source_kind","doc_level","text","facts"]); w.writerows(rows)
with open(D+'sources_by_case.tsv','w',encoding='utf-8') as fh:
    for a,b in srcs: fh.write(f"{a}\t{b}\n")
# re-read
rr=list(csv.DictReader(open(D+'cases.csv',encoding='utf-8')))
for r in rr: json.loads(r["facts"]); assert unicodedata.is_normalized("NFC",r["text"])
print("cases",len(rr),"real",len(rr)-ns,"synthetic",ns,"facts",nf,"coded",nc,
      "real_facts",sum(len(json.loads(r['facts'])) for r in rr[:len(rr)-ns]),
      "empty",sum(1 for r in rr if r['facts']=='[]'),
      "approx",sum(f['approx'] for r in rr for f in json.loads(r['facts'])))
from collections import Counter
print(Counter(r['doc_level'] for r in rr), Counter(r['source_kind'] for r in rr))
print(Counter(f['scope'] for r in rr for f in json.loads(r['facts'])))
