# -*- coding: utf-8 -*-
"""Builds cases.csv and sources_by_case.tsv for held-out narrative set 25 and checks them."""
import csv, json, re, unicodedata, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}

U_LS = "https://news.laodong.vn/thoi-su/lang-son-chi-tra-hon-1250-ti-dong-cho-hon-2500-nguoi-nghi-viec-theo-nghi-dinh-178-1568684.ldo"
U_CT = "https://news.laodong.vn/thoi-su/269-truong-hop-xin-nghi-huu-truoc-tuoi-o-can-tho-1464613.ldo"
U_LD = "https://baolamdong.vn/phap-luat/202402/toan-tinh-da-tiep-nhan-7156-don-khieu-nai-to-cao-kien-nghi-phan-anh-8ae12d5/"
U_HD = "https://baohaiduong.vn/en/giam-thoi-gian-cho-doi-giai-quyet-thu-tuc-y-te-xuong-con-toi-da-15-phut-402639.html"
U_CB = "https://news.laodong.vn/thoi-su/cao-bang-tim-giai-phap-xu-ly-21-van-ban-co-noi-dung-chua-phu-hop-voi-quy-dinh-cua-phap-luat-1600080.ldo"
U_TH = "https://vrviet.vn/en/mo-canh-cua-moi-cho-nguoi-lao-dong"
U_LC = "https://vietnam.vn/en/ly-do-nu-truong-phong-con-9-nam-cong-tac-xin-nghi-huu-truoc-tuoi"
U_TQ = "https://www.vietnam.vn/en/phien-hop-chuyen-de-cua-ubnd-tinh-ve-cong-tac-cai-cach-thu-tuc-hanh-chinh"
U_SL = "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-3010-QD-UBND-2025-cong-bo-thu-tuc-hanh-chinh-linh-vuc-Tu-phap-So-Tu-phap-Son-La-683575.html"
U_PY = "https://en.baophuyen.vn/economy-investment/202506/reforming-administrative-procedure-creating-a-lever-for-economic-growth-5b54118"

CASES = [
 # ---------------- real pages ----------------
 ("news", "so_nganh",
  "Theo Sở Nội vụ tỉnh Lạng Sơn, tính đến đầu tháng 9/2025, toàn tỉnh đã thực hiện chính sách tinh giản biên chế theo Nghị định số 178/2024/NĐ-CP cho hơn 2.500 trường hợp; trong đó 1.353 cán bộ, công chức, viên chức và người lao động đã có quyết định nghỉ, đã nghỉ hưu, thôi việc và được chi trả chế độ theo quy định.",
  [F(2500, "người", "trường hợp thực hiện chính sách tinh giản theo Nghị định 178", "tinh", True),
   F(1353, "người", "cán bộ, công chức, viên chức, người lao động đã nghỉ việc và được chi trả chế độ", "tinh")],
  U_LS),
 ("news", "so_nganh",
  "Bên cạnh đó, 1.197 người hoạt động không chuyên trách ở cấp xã (cán bộ đoàn thể, công an xã bán chuyên trách...) đã có quyết định nghỉ việc nhưng chưa được chi trả chế độ; ở thôn, tổ dân phố đến thời điểm báo cáo chưa phát sinh trường hợp nào. Tổng kinh phí chi cho chính sách tinh giản trên địa bàn tỉnh đã lên tới hơn 1.250 tỷ đồng.",
  [F(1197, "người", "người hoạt động không chuyên trách cấp xã có quyết định nghỉ việc", "xa"),
   F(1250, "tỷ đồng", "kinh phí chi thực hiện chính sách tinh giản biên chế", "tinh", True)],
  U_LS),
 ("news", "so_nganh",
  "Đến ngày 17/02/2025, Sở Nội vụ thành phố Cần Thơ đã nhận 269 trường hợp xin nghỉ hưu trước tuổi, nghỉ việc theo Nghị định số 178/2024/NĐ-CP được lãnh đạo các cơ quan, đơn vị chấp thuận và chuyển đến; trong đó có 12 lãnh đạo đơn vị, 59 lãnh đạo cấp phòng, 8 thành viên ban giám đốc, 3 lãnh đạo hội và đoàn thanh niên cấp huyện, 163 chuyên viên và 24 lao động hợp đồng.",
  [F(269, "người", "trường hợp xin nghỉ hưu trước tuổi, nghỉ việc được chấp thuận", "tinh"),
   F(12, "người", "lãnh đạo đơn vị xin nghỉ", "tinh"),
   F(59, "người", "lãnh đạo cấp phòng xin nghỉ", "tinh"),
   F(8, "người", "thành viên ban giám đốc xin nghỉ", "tinh"),
   F(3, "người", "lãnh đạo hội, đoàn thanh niên cấp huyện xin nghỉ", "huyen"),
   F(163, "người", "chuyên viên xin nghỉ", "tinh"),
   F(24, "người", "lao động hợp đồng xin nghỉ", "tinh")],
  U_CT),
 ("news", "so_nganh",
  "Riêng khối sở có 115 người xin nghỉ, gồm 8 lãnh đạo sở (2 giám đốc, 6 phó giám đốc), 34 lãnh đạo phòng, 59 chuyên viên và 14 người lao động hợp đồng; khối quận, huyện có 34 người và các đơn vị sự nghiệp công lập thuộc sở có 65 người.",
  [F(115, "người", "người xin nghỉ thuộc khối sở", "so_nganh"),
   F(8, "người", "lãnh đạo sở xin nghỉ", "so_nganh"),
   F(2, "người", "giám đốc sở xin nghỉ", "so_nganh"),
   F(6, "người", "phó giám đốc sở xin nghỉ", "so_nganh"),
   F(34, "người", "lãnh đạo phòng thuộc sở xin nghỉ", "so_nganh"),
   F(59, "người", "chuyên viên thuộc sở xin nghỉ", "so_nganh"),
   F(14, "người", "người lao động hợp đồng thuộc sở xin nghỉ", "so_nganh"),
   F(34, "người", "người xin nghỉ thuộc khối quận, huyện", "huyen"),
   F(65, "người", "người xin nghỉ thuộc đơn vị sự nghiệp công lập của sở", "so_nganh")],
  U_CT),
 ("news", "tinh",
  "Trong năm 2023, toàn tỉnh Lâm Đồng tiếp nhận 7.156 đơn khiếu nại, tố cáo, kiến nghị, phản ánh, trong đó 5.591 đơn đủ điều kiện xử lý, gồm 651 đơn khiếu nại, 281 đơn tố cáo và 4.659 đơn kiến nghị, phản ánh.",
  [F(7156, "đơn", "đơn khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "tinh"),
   F(5591, "đơn", "đơn đủ điều kiện xử lý", "tinh"),
   F(651, "đơn", "đơn khiếu nại đủ điều kiện xử lý", "tinh"),
   F(281, "đơn", "đơn tố cáo đủ điều kiện xử lý", "tinh"),
   F(4659, "đơn", "đơn kiến nghị, phản ánh đủ điều kiện xử lý", "tinh")],
  U_LD),
 ("news", "tinh",
  "Qua phân loại, các cơ quan đã hướng dẫn công dân gửi 780 đơn đến người có thẩm quyền, chuyển 1.742 đơn đến cơ quan có thẩm quyền giải quyết và đôn đốc việc giải quyết 183 đơn; số đơn tiếp nhận giải quyết theo thẩm quyền là 2.886 đơn (359 đơn khiếu nại, 122 đơn tố cáo, 2.405 đơn kiến nghị, phản ánh).",
  [F(780, "đơn", "đơn hướng dẫn công dân gửi người có thẩm quyền", "tinh"),
   F(1742, "đơn", "đơn chuyển cơ quan có thẩm quyền giải quyết", "tinh"),
   F(183, "đơn", "đơn đôn đốc việc giải quyết", "tinh"),
   F(2886, "đơn", "đơn tiếp nhận giải quyết theo thẩm quyền", "tinh"),
   F(359, "đơn", "đơn khiếu nại thuộc thẩm quyền", "tinh"),
   F(122, "đơn", "đơn tố cáo thuộc thẩm quyền", "tinh"),
   F(2405, "đơn", "đơn kiến nghị, phản ánh thuộc thẩm quyền", "tinh")],
  U_LD),
 ("news", "tinh",
  "Tính đến hết năm 2023, các cơ quan hành chính tỉnh Lâm Đồng đã giải quyết xong 274 đơn khiếu nại và 105 đơn tố cáo; qua giải quyết, 179 đơn khiếu nại và 70 đơn tố cáo được kết luận là sai.",
  [F(274, "đơn", "đơn khiếu nại đã giải quyết", "tinh"),
   F(105, "đơn", "đơn tố cáo đã giải quyết", "tinh"),
   F(179, "đơn", "đơn khiếu nại được kết luận sai", "tinh"),
   F(70, "đơn", "đơn tố cáo được kết luận sai", "tinh")],
  U_LD),
 ("news", "so_nganh",
  "Trong năm 2024, ngành y tế tỉnh Hải Dương đã rà soát 44 TTHC; kết quả có 32 thủ tục được giữ nguyên, 10 thủ tục được sửa đổi để đơn giản hóa quy trình giải quyết và 2 thủ tục không thuộc thẩm quyền của tỉnh mà do Bộ Y tế quy định.",
  [F(44, "TTHC", "TTHC đã rà soát", "so_nganh"),
   F(32, "TTHC", "TTHC giữ nguyên sau rà soát", "so_nganh"),
   F(10, "TTHC", "TTHC sửa đổi để đơn giản hóa", "so_nganh"),
   F(2, "TTHC", "TTHC không thuộc thẩm quyền sau rà soát", "so_nganh")],
  U_HD),
 ("news", "so_nganh",
  "Hiện lĩnh vực y tế của Hải Dương có 102 TTHC, trong đó 97 thủ tục thuộc thẩm quyền giải quyết của Sở Y tế, 3 thủ tục do cấp huyện và 2 thủ tục do cấp xã giải quyết. Năm 2024, ngành đã tiếp nhận hơn 5.000 hồ sơ TTHC, gần 97% hồ sơ được giải quyết đúng hạn và trước hạn.",
  [F(102, "TTHC", "TTHC lĩnh vực y tế", "so_nganh"),
   F(97, "TTHC", "TTHC thuộc thẩm quyền Sở Y tế", "so_nganh", code="BM3-1.4.1"),
   F(3, "TTHC", "TTHC y tế cấp huyện", "huyen"),
   F(2, "TTHC", "TTHC y tế cấp xã", "xa"),
   F(5000, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "so_nganh", True),
   F(97, "%", "tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn", "so_nganh", True)],
  U_HD),
 ("news", "so_nganh",
  "Sở Y tế Hải Dương đặt mục tiêu đến năm 2025 giảm thời gian chờ giải quyết TTHC từ khoảng 20 - 30 phút xuống bình quân 15 phút mỗi giao dịch, số hóa 100% hồ sơ đã giao dịch thành công và phấn đấu 80% người dân, doanh nghiệp không phải nộp lại giấy tờ khi thực hiện thủ tục.",
  [],
  U_HD),
 ("news", "tinh",
  "Theo báo cáo của Sở Tư pháp Cao Bằng tại cuộc họp ngày 29/10/2025, qua kiểm tra sơ bộ, Đoàn kiểm tra liên ngành của Bộ Tư pháp xác định trên địa bàn tỉnh có 21 văn bản quy phạm pháp luật có nội dung chưa phù hợp với quy định; trong đó đã có kết luận kiểm tra đối với 4 văn bản, gồm 2 nghị quyết của HĐND tỉnh và 2 quyết định của UBND tỉnh.",
  [F(21, "văn bản", "VBQPPL có nội dung chưa phù hợp qua kiểm tra", "tinh"),
   F(4, "văn bản", "văn bản đã có kết luận kiểm tra", "tinh"),
   F(2, "văn bản", "nghị quyết HĐND tỉnh đã có kết luận kiểm tra", "tinh"),
   F(2, "văn bản", "quyết định UBND tỉnh đã có kết luận kiểm tra", "tinh")],
  U_CB),
 ("news", "tinh",
  "Tại tỉnh Thanh Hóa, sau khi triển khai sắp xếp, tinh gọn tổ chức bộ máy, trong năm 2025 đã có hơn 300 cán bộ, công chức, viên chức và người lao động tự nguyện đăng ký nghỉ hưu trước tuổi để tạo điều kiện cho việc sắp xếp.",
  [F(300, "người", "người tự nguyện đăng ký nghỉ hưu trước tuổi", "tinh", True)],
  U_TH),
 ("news", "huyen",
  "Theo UBND huyện Lang Chánh (Thanh Hóa), toàn huyện có 7 cán bộ, đảng viên đang giữ chức vụ lãnh đạo tại các cơ quan, đơn vị tự nguyện xin nghỉ hưu sớm từ 5 năm đến gần 10 năm, gồm 1 Ủy viên Ban Thường vụ Huyện ủy, 3 Huyện ủy viên và 3 cán bộ, chuyên viên.",
  [F(7, "người", "cán bộ lãnh đạo tự nguyện xin nghỉ hưu sớm", "huyen"),
   F(1, "người", "Ủy viên Ban Thường vụ Huyện ủy xin nghỉ hưu sớm", "huyen"),
   F(3, "người", "Huyện ủy viên xin nghỉ hưu sớm", "huyen"),
   F(3, "người", "cán bộ, chuyên viên xin nghỉ hưu sớm", "huyen")],
  U_LC),
 ("news", "tinh",
  "Từ khi vận hành mô hình chính quyền địa phương hai cấp, UBND tỉnh và Chủ tịch UBND tỉnh Tuyên Quang đã ban hành 5 quyết định, 7 kế hoạch, 1 chỉ thị và 36 công văn chỉ đạo các sở, ngành, UBND các xã, phường triển khai nhiệm vụ trọng tâm về cải cách TTHC; các nhiệm vụ được giao đều hoàn thành đúng hạn.",
  [F(5, "văn bản", "quyết định chỉ đạo cải cách TTHC đã ban hành", "tinh"),
   F(7, "văn bản", "kế hoạch chỉ đạo cải cách TTHC đã ban hành", "tinh"),
   F(1, "văn bản", "chỉ thị chỉ đạo cải cách TTHC đã ban hành", "tinh"),
   F(36, "văn bản", "công văn chỉ đạo cải cách TTHC đã ban hành", "tinh")],
  U_TQ),
 ("report", "tinh",
  "Ngày 26/11/2025, Chủ tịch UBND tỉnh Sơn La ban hành Quyết định số 3010/QĐ-UBND công bố 21 thủ tục hành chính nội bộ lĩnh vực tư pháp thuộc thẩm quyền giải quyết của Sở Tư pháp và UBND cấp xã, trong đó có 19 thủ tục cấp tỉnh và 02 thủ tục cấp xã.",
  [F(21, "TTHC", "TTHC nội bộ lĩnh vực tư pháp được công bố", "tinh"),
   F(19, "TTHC", "TTHC nội bộ cấp tỉnh được công bố", "tinh"),
   F(2, "TTHC", "TTHC nội bộ cấp xã được công bố", "xa")],
  U_SL),
 ("news", "tinh",
  "Từ đầu năm 2025, UBND tỉnh Phú Yên ban hành nhiều văn bản chỉ đạo công tác kiểm soát TTHC, trong đó tập trung rà soát 67 TTHC trọng tâm thuộc 16 lĩnh vực; đồng thời yêu cầu các sở, ngành, địa phương rà soát toàn bộ quy định về TTHC thuộc phạm vi quản lý để kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ.",
  [F(67, "TTHC", "TTHC trọng tâm đã rà soát", "tinh")],
  U_PY),
 # ---------------- synthetic ----------------
 ("report", "so_nganh",
  "Năm 2025, Sở Tư pháp tỉnh Gia Lai thẩm định 63 dự thảo văn bản quy phạm pháp luật; tham mưu UBND tỉnh tự kiểm tra 118 văn bản do HĐND, UBND tỉnh ban hành, qua đó phát hiện 7 văn bản có nội dung hoặc căn cứ pháp lý chưa phù hợp, đến nay đã xử lý xong 5/7 văn bản.",
  [F(63, "văn bản", "dự thảo VBQPPL đã thẩm định", "so_nganh"),
   F(118, "văn bản", "VBQPPL đã tự kiểm tra", "tinh", code="BM2-2.1"),
   F(7, "văn bản", "VBQPPL phát hiện cần xử lý qua kiểm tra", "tinh", code="BM2-2.2.1"),
   F(5, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "tinh", code="BM2-2.2.2")],
  "synthetic: Sở Tư pháp tỉnh Gia Lai, năm 2025"),
 ("report", "tinh",
  "Quý I/2026, các cơ quan, đơn vị trên địa bàn tỉnh Đắk Lắk tiếp nhận 57 phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính và việc giải quyết TTHC; đã xử lý xong 54 phản ánh, kiến nghị, đạt 94,74%, số còn lại đang trong thời hạn xử lý.",
  [F(57, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "tinh", code="BM3-3.4.1"),
   F(54, "PAKN", "PAKN đã xử lý xong", "tinh", code="BM3-3.4.2"),
   F(94.74, "%", "tỷ lệ PAKN đã xử lý", "tinh", code="BM3-3.4")],
  "synthetic: tỉnh Đắk Lắk, quý I/2026"),
 ("report", "tinh",
  "Sáu tháng đầu năm 2026, Hệ thống thông tin giải quyết TTHC tỉnh Hưng Yên tiếp nhận 1.184.306 hồ sơ, trong đó 1.021.577 hồ sơ được nộp trực tuyến, chiếm 86,26%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 92,7%.",
  [F(1184306, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "tinh", code="BM7-6.4.1"),
   F(1021577, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
   F(86.26, "%", "tỷ lệ hồ sơ nộp trực tuyến", "tinh", code="BM7-6.4"),
   F(92.7, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "tinh")],
  "synthetic: tỉnh Hưng Yên, 6 tháng đầu năm 2026"),
 ("report", "so_nganh",
  "Trong năm 2025, Sở Nội vụ tỉnh Quảng Ngãi đã thẩm định, trình UBND tỉnh quyết định tinh giản 87 biên chế công chức; tổ chức thi tuyển, tuyển dụng 42 công chức và tiếp nhận 6 trường hợp vào làm công chức theo diện đặc biệt không qua thi tuyển.",
  [F(87, "biên chế", "biên chế công chức đã tinh giản", "tinh", code="BM4-2.4"),
   F(42, "người", "công chức được tuyển dụng qua thi tuyển", "tinh", code="BM5-2.1"),
   F(6, "người", "công chức tiếp nhận theo trường hợp đặc biệt", "tinh", code="BM5-2.2")],
  "synthetic: Sở Nội vụ tỉnh Quảng Ngãi, năm 2025"),
 ("report", "tinh",
  "Quý III/2025, Đoàn kiểm tra cải cách hành chính tỉnh Ninh Bình đã kiểm tra 9 sở, ngành và 24 xã, phường; qua kiểm tra phát hiện 61 tồn tại, hạn chế, đến cuối quý đã khắc phục xong 52 nội dung, đạt 85,25%.",
  [F(9, "đơn vị", "sở, ngành đã kiểm tra CCHC", "so_nganh", code="BM1-3.1"),
   F(24, "đơn vị", "xã, phường đã kiểm tra CCHC", "xa"),
   F(61, "vấn đề", "tồn tại, hạn chế phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
   F(52, "vấn đề", "tồn tại, hạn chế đã khắc phục xong", "tinh", code="BM1-3.3.2"),
   F(85.25, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3")],
  "synthetic: tỉnh Ninh Bình, quý III/2025"),
 ("news", "so_nganh",
  "Chín tháng năm 2025, Sở Nông nghiệp và Môi trường tỉnh An Giang giải quyết 14.372 hồ sơ TTHC, trong đó 14.119 hồ sơ đúng hạn và trước hạn, đạt 98,24%; vẫn còn 253 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai.",
  [F(14372, "hồ sơ", "hồ sơ TTHC đã giải quyết", "so_nganh", code="BM3-3.1.1"),
   F(14119, "hồ sơ", "hồ sơ giải quyết đúng hạn và trước hạn", "so_nganh", code="BM3-3.1.2"),
   F(98.24, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "so_nganh", code="BM3-3.1"),
   F(253, "hồ sơ", "hồ sơ giải quyết trễ hạn", "so_nganh")],
  "synthetic: Sở Nông nghiệp và Môi trường tỉnh An Giang, 9 tháng năm 2025"),
 ("report", "tinh",
  "Năm 2025, Chủ tịch UBND tỉnh Tây Ninh ban hành 14 quyết định công bố danh mục 1.033 TTHC, gồm 216 thủ tục ban hành mới, 403 thủ tục sửa đổi, bổ sung và 414 thủ tục bị bãi bỏ, thay thế.",
  [F(14, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
   F(1033, "TTHC", "TTHC được công bố", "tinh"),
   F(216, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
   F(403, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
   F(414, "TTHC", "TTHC bãi bỏ, thay thế", "tinh", code="BM3-1.3")],
  "synthetic: tỉnh Tây Ninh, năm 2025"),
]

def vn_num(v):
    """Vietnamese renderings of a value (thousands dot, decimal comma)."""
    outs = set()
    if float(v).is_integer():
        n = int(v)
        s = f"{n:,}".replace(",", ".")
        outs |= {s, str(n), f"{n:02d}"}
        # 1250 tỷ may be printed 1.250
    else:
        s = repr(float(v))
        ip, dp = s.split(".")
        ipf = f"{int(ip):,}".replace(",", ".")
        outs.add(f"{ipf},{dp}")
    return outs

def main():
    cat = set()
    with open(CATALOG, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cat.add(f"BM{r['form']}-{r['code']}")
    rows, srcs, errs = [], [], []
    texts = set()
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H25-N-{i:03d}"
        text = unicodedata.normalize("NFC", text)
        if text in texts: errs.append(f"{cid}: repeated text")
        texts.add(text)
        if kind not in ("report", "news"): errs.append(f"{cid}: kind")
        if level not in ("tinh", "huyen", "xa", "so_nganh"): errs.append(f"{cid}: level")
        for fa in facts:
            if set(fa) != {"value", "unit", "measure", "scope", "approx", "code"}: errs.append(f"{cid}: keys")
            if fa["scope"] not in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""): errs.append(f"{cid}: scope")
            if fa["code"] and fa["code"] not in cat: errs.append(f"{cid}: code {fa['code']}")
            if not any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) for s in vn_num(fa["value"])):
                errs.append(f"{cid}: value {fa['value']} not printed")
            for k in ("unit", "measure"):
                fa[k] = unicodedata.normalize("NFC", fa[k])
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, src))
    nsyn = sum(1 for _, s in srcs if s.startswith("synthetic"))
    if nsyn * 2 > len(srcs): errs.append("too many synthetic")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for cid, s in srcs:
            f.write(f"{cid}\t{s}\n")
    # re-read and parse
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8", newline="") as f:
        rr = list(csv.DictReader(f))
    nf = nc = na = 0
    from collections import Counter
    lv, sc, kd, codes = Counter(), Counter(), Counter(), Counter()
    for r in rr:
        fs = json.loads(r["facts"])
        assert unicodedata.is_normalized("NFC", r["text"])
        lv[r["doc_level"]] += 1; kd[r["source_kind"]] += 1
        for fa in fs:
            nf += 1; sc[fa["scope"]] += 1
            if fa["code"]: nc += 1; codes[fa["code"]] += 1
            if fa["approx"]: na += 1
    real_ids = [c for c, s in srcs if not s.startswith("synthetic")]
    rf = sum(len(json.loads(r["facts"])) for r in rr if r["case_id"] in real_ids)
    rc = sum(1 for r in rr if r["case_id"] in real_ids for fa in json.loads(r["facts"]) if fa["code"])
    print(f"cases {len(rr)} real {len(real_ids)} synthetic {nsyn} facts {nf} (real {rf}) coded {nc} (real {rc}) approx {na}")
    print("levels", dict(lv), "kinds", dict(kd), "scopes", dict(sc))
    print("codes", dict(sorted(codes.items())))
    print("empty", [r["case_id"] for r in rr if json.loads(r["facts"]) == []])
    print("pages", len(set(s for c, s in srcs if not s.startswith("synthetic"))))

if __name__ == "__main__":
    main()
