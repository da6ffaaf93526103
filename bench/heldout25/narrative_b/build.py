#!/usr/bin/env python3
"""Builds cases.csv and sources_by_case.tsv for held-out set 25-B and checks them."""
import csv, json, re, unicodedata, os

HERE = os.path.dirname(os.path.abspath(__file__))

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}

U_KIMLONG = "https://www.vietnam.vn/en/bo-may-tinh-gon-gan-dan-hon"
U_NASON = "https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/expectations-of-efficiency-from-two-tier-government-in-na-son-commune-ehiYtngvR.html"
U_Q4 = "https://vietnam.vn/en/ubnd-quan-4-va-huyen-cu-chi-de-hang-tram-ho-so-tre-han"
U_NAMKE = "https://en.baodienbienphu.com.vn/xa-hoi/dien-bien-eyes-effective-service-oriented-administration-Gl2tE4NDg.html"
U_SINTHAU = "https://news.laodong.vn/xa-hoi/cuc-tay-to-quoc-nhung-ngay-dau-van-hanh-chinh-quyen-2-cap-1542638.ldo"
U_TANHUNG = "https://tanhung.haiphong.gov.vn/trang-chu-66859/chieu-29-8-ubnd-phuong-tan-hung-to-chuc-hop-giao-ban-dinh-ky-thang-8-va-trien-khai-nhiem-vu-tron-777469"
U_CHANHHIEP = "https://www.sggp.org.vn/phuong-chanh-hiep-tphcm-cong-tac-chinh-trang-do-thi-co-nhieu-chuyen-bien-tich-cuc-post815543.html"
U_CUCHI = "https://plo.vn/ubnd-xa-cu-chi-khanh-thanh-trung-tam-phuc-vu-hanh-chinh-cong-post865049.html"
U_HOANGMAI = "https://hanoimoi.vn/quan-hoang-mai-can-giai-quyet-thau-dao-phan-anh-kien-nghi-tren-ihanoi-676741.html"
U_THUONGTIN = "https://vtcnews.vn/pho-chu-tich-ha-noi-trao-thu-cam-on-diem-phuc-vu-hanh-chinh-cong-xa-thuong-tin-ar958720.html"
U_PHUXUAN = "https://thanhuyhue.vn/hoat-dong-cua-cap-uy-dang/dang-uy-phuong-phu-xuan-to-chuc-hoi-nghi-truc-bao-cac-bi-thu-chi-bo-thang-11-2025.html"
U_BHH = "https://nld.com.vn/ong-nguyen-thanh-nghi-lam-viec-voi-ban-thuong-vu-dang-uy-phuong-binh-hung-hoa-196250722114552544.htm"
U_99XA = "https://www.vietnam.vn/en/bo-may-tinh-gon-chinh-quyen-gan-dan"

CASES = [
    # ---------------- real pages ----------------
    ("news", "xa",
     "Từ ngày 01/7 đến 25/8, Trung tâm Phục vụ hành chính công phường Kim Long (thành phố Huế) tiếp nhận hơn 3.100 hồ sơ, gần 95% trong số đó được nộp trực tuyến; tỷ lệ giải quyết đúng hạn đạt trên 92%, hồ sơ trễ hạn chỉ chiếm hơn 2,3%.",
     [F(3100, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", True, "BM7-6.4.1"),
      F(95, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", True, "BM7-6.4"),
      F(92, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", True, "BM3-3.3"),
      F(2.3, "%", "tỷ lệ hồ sơ trễ hạn", "xa", True, "")],
     U_KIMLONG),
    ("news", "xa",
     "Hiện phường Kim Long đang thực hiện 423 thủ tục hành chính thuộc thẩm quyền; trung tâm đang giải quyết gần 400 hồ sơ tồn đọng chuyển từ quận Phú Xuân cũ, thành phố cũng đã lập các tổ hỗ trợ cho phường.",
     [F(423, "TTHC", "thủ tục hành chính thuộc thẩm quyền của phường", "xa", False, ""),
      F(400, "hồ sơ", "hồ sơ tồn đọng đang giải quyết", "xa", True, "")],
     U_KIMLONG),
    ("news", "xa",
     "Từ ngày 01/7 đến đầu tháng 10/2025, Trung tâm Phục vụ hành chính công xã Na Sơn (Điện Biên) đã tiếp nhận 645 hồ sơ thủ tục hành chính của người dân, trong đó có 156 hồ sơ nộp trực tuyến; 100% hồ sơ được giải quyết đúng quy định và trước hạn. Cùng thời gian, toàn tỉnh tiếp nhận khoảng 30.000 hồ sơ.",
     [F(645, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1"),
      F(156, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
      F(100, "%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn", "xa", False, "BM3-3.3"),
      F(30000, "hồ sơ", "hồ sơ TTHC toàn tỉnh đã tiếp nhận", "tinh", True, "")],
     U_NASON),
    ("news", "huyen",
     "Theo kết luận thanh tra của Thanh tra TP.HCM, tỷ lệ tiếp nhận hồ sơ trực tuyến của UBND Quận 4 mới đạt 51%; các phòng chuyên môn của quận vẫn để 4,5% hồ sơ giải quyết trễ hạn, còn tỷ lệ đồng bộ lên Cổng Dịch vụ công quốc gia chỉ đạt 1,88% (98,12% hồ sơ chưa được đồng bộ).",
     [F(51, "%", "tỷ lệ tiếp nhận hồ sơ trực tuyến", "huyen", False, "BM7-6.4"),
      F(4.5, "%", "tỷ lệ hồ sơ giải quyết trễ hạn tại các phòng chuyên môn", "huyen", False, ""),
      F(1.88, "%", "tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "huyen", False, ""),
      F(98.12, "%", "tỷ lệ hồ sơ chưa đồng bộ", "huyen", False, "")],
     U_Q4),
    ("news", "huyen",
     "Mức độ số hóa hồ sơ, kết quả giải quyết TTHC của Quận 4 chỉ đạt 38,5%. Tổng cộng, UBND Quận 4 có 237 hồ sơ trễ hạn (tỷ lệ 0,1%), trong khi UBND huyện Củ Chi có 422 hồ sơ trễ hạn.",
     [F(38.5, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "huyen", False, ""),
      F(237, "hồ sơ", "hồ sơ trễ hạn của UBND Quận 4", "huyen", False, ""),
      F(0.1, "%", "tỷ lệ hồ sơ trễ hạn của UBND Quận 4", "huyen", False, ""),
      F(422, "hồ sơ", "hồ sơ trễ hạn của UBND huyện Củ Chi", "huyen", False, "")],
     U_Q4),
    ("news", "xa",
     "Nhờ triển khai đồng bộ các giải pháp, từ ngày 01/7/2025 đến 27/01/2026, Trung tâm Phục vụ hành chính công xã Nậm Kè (Điện Biên) đã tiếp nhận và giải quyết hơn 1.200 hồ sơ thuộc các lĩnh vực hộ tịch, chứng thực, bảo trợ xã hội.",
     [F(1200, "hồ sơ", "hồ sơ đã tiếp nhận và giải quyết", "xa", True, "")],
     U_NAMKE),
    ("news", "xa",
     "Sau 3 tuần đi vào hoạt động, Trung tâm Phục vụ hành chính công xã biên giới Sìn Thầu (Điện Biên), nơi có hơn 6.100 người dân, đã tiếp nhận và xử lý hơn 50 hồ sơ thủ tục hành chính, gần 40 hồ sơ trong số đó được giải quyết trực tuyến.",
     [F(50, "hồ sơ", "hồ sơ TTHC đã tiếp nhận, xử lý", "xa", True, ""),
      F(40, "hồ sơ", "hồ sơ giải quyết trực tuyến", "xa", True, "")],
     U_SINTHAU),
    ("report", "xa",
     "Trong tháng 8/2025, Điểm tiếp nhận, phục vụ hành chính công phường Tân Hưng (Hải Phòng) đã nhận 931 hồ sơ, trong đó 665 hồ sơ được giải quyết trước hạn; phường cũng tiếp nhận và xử lý 127 bộ hồ sơ hưu trí.",
     [F(931, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", False, ""),
      F(665, "hồ sơ", "hồ sơ giải quyết trước hạn", "xa", False, ""),
      F(127, "hồ sơ", "hồ sơ hưu trí đã tiếp nhận, xử lý", "xa", False, "")],
     U_TANHUNG),
    ("news", "xa",
     "Về cải cách hành chính, trong 9 tháng đầu năm 2025, phường Chánh Hiệp (TP.HCM) đã niêm yết công khai 363 thủ tục hành chính và cung cấp 398 dịch vụ công trực tuyến.",
     [F(363, "TTHC", "thủ tục hành chính niêm yết công khai", "xa", False, ""),
      F(398, "TTHC", "dịch vụ công trực tuyến đã cung cấp", "xa", False, "")],
     U_CHANHHIEP),
    ("news", "xa",
     "Riêng giai đoạn từ 01/7 đến 10/9, phường tiếp nhận 6.061 hồ sơ và đã giải quyết xong 5.581 hồ sơ; 398 hồ sơ còn lại đang được xử lý.",
     [F(6061, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", False, ""),
      F(5581, "hồ sơ", "hồ sơ đã giải quyết xong", "xa", False, "BM3-3.3.1"),
      F(398, "hồ sơ", "hồ sơ đang xử lý", "xa", False, "")],
     U_CHANHHIEP),
    ("news", "xa",
     "Tháng đầu tiên vận hành (01-31/7), Trung tâm Phục vụ hành chính công xã Củ Chi (TP.HCM) ghi nhận: 6.826 lượt người đến giao dịch; 5.091 hồ sơ được tiếp nhận; 4.811 hồ sơ giải quyết đúng hạn (tỉ lệ 100%); 280 hồ sơ đang xử lý theo quy định. Trụ sở trung tâm vừa được nâng cấp với diện tích 100 m².",
     [F(6826, "lượt", "lượt người đến giao dịch", "xa", False, ""),
      F(5091, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", False, ""),
      F(4811, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(100, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
      F(280, "hồ sơ", "hồ sơ đang xử lý", "xa", False, "")],
     U_CUCHI),
    ("news", "huyen",
     "Theo Văn phòng UBND thành phố Hà Nội, UBND quận Hoàng Mai đã xử lý 521 phản ánh, kiến nghị trên ứng dụng iHanoi; trong 302 phản ánh, kiến nghị được người dân đánh giá, có 150 ý kiến hài lòng, chấp nhận (61,31%) và 152 ý kiến chưa hài lòng (38,69%).",
     [F(521, "PAKN", "phản ánh, kiến nghị đã xử lý trên iHanoi", "huyen", False, ""),
      F(302, "PAKN", "phản ánh, kiến nghị được người dân đánh giá", "huyen", False, ""),
      F(150, "PAKN", "phản ánh, kiến nghị đánh giá hài lòng, chấp nhận", "huyen", False, ""),
      F(61.31, "%", "tỷ lệ đánh giá hài lòng, chấp nhận", "huyen", False, ""),
      F(152, "PAKN", "phản ánh, kiến nghị đánh giá chưa hài lòng", "huyen", False, ""),
      F(38.69, "%", "tỷ lệ đánh giá chưa hài lòng", "huyen", False, "")],
     U_HOANGMAI),
    ("news", "huyen",
     "Văn phòng UBND thành phố đề nghị Chủ tịch UBND quận Hoàng Mai chỉ đạo kiểm tra việc tiếp nhận, xử lý 12 phản ánh, kiến nghị của người dân tại các phường Mai Động, Định Công, Minh Khai và gửi kết quả trước ngày 06/9/2024 theo Văn bản số 10723/VP-TTĐT.",
     [],
     U_HOANGMAI),
    ("news", "xa",
     "Sau hơn một tháng vận hành, Điểm phục vụ hành chính công xã Thường Tín (Hà Nội) đã giải quyết gần 2.000 thủ tục hành chính; tỷ lệ số hóa đạt 100%, tỷ lệ giải quyết trực tuyến toàn trình đạt gần 70%, vượt chỉ tiêu thành phố giao.",
     [F(2000, "hồ sơ", "thủ tục hành chính đã giải quyết", "xa", True, ""),
      F(100, "%", "tỷ lệ số hóa hồ sơ", "xa", False, ""),
      F(70, "%", "tỷ lệ giải quyết trực tuyến toàn trình", "xa", True, "")],
     U_THUONGTIN),
    ("report", "xa",
     "Tháng 11/2025, phường Phú Xuân (thành phố Huế) giải quyết 1.257 thủ tục hành chính với tỷ lệ đúng hạn đạt 97%; cấp mới 19 giấy chứng nhận quyền sử dụng đất và 17 giấy phép xây dựng. Thu ngân sách trong tháng ước đạt hơn 43,4 tỷ đồng.",
     [F(1257, "hồ sơ", "thủ tục hành chính đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(97, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
      F(19, "giấy chứng nhận", "giấy chứng nhận quyền sử dụng đất cấp mới", "xa", False, ""),
      F(17, "giấy phép", "giấy phép xây dựng đã cấp", "xa", False, "")],
     U_PHUXUAN),
    ("news", "xa",
     "Từ ngày 01/7 đến nay, UBND phường Bình Hưng Hòa (TP.HCM) đã tiếp nhận 2.239 hồ sơ (513 hồ sơ nộp trực tuyến), trả kết quả 2.094 hồ sơ, tất cả đều trước hạn; 145 hồ sơ đang giải quyết, vẫn trong thời hạn xử lý.",
     [F(2239, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", False, "BM7-6.4.1"),
      F(513, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4.2"),
      F(2094, "hồ sơ", "hồ sơ đã trả kết quả (trước hạn)", "xa", False, "BM3-3.3.1"),
      F(145, "hồ sơ", "hồ sơ đang giải quyết trong hạn", "xa", False, "")],
     U_BHH),
    ("news", "tinh",
     "Đảng ủy 99 xã, phường trong tỉnh đã ban hành hơn 60.000 văn bản lãnh đạo, chỉ đạo trên các lĩnh vực; HĐND các xã, phường tổ chức hơn 450 kỳ họp và thông qua hơn 1.100 nghị quyết về kinh tế - xã hội, ngân sách, đầu tư công, tổ chức bộ máy.",
     [F(60000, "văn bản", "văn bản lãnh đạo, chỉ đạo của Đảng ủy xã, phường", "xa", True, ""),
      F(450, "kỳ họp", "kỳ họp HĐND xã, phường đã tổ chức", "xa", True, ""),
      F(1100, "nghị quyết", "nghị quyết HĐND xã, phường đã ban hành", "xa", True, "")],
     U_99XA),
    # ---------------- synthetic ----------------
    ("report", "xa",
     "Quý IV/2025, UBND đặc khu Bạch Long Vĩ (Hải Phòng) tiếp nhận 293 hồ sơ TTHC, trong đó 247 hồ sơ nộp trực tuyến (đạt 84,3%); đã giải quyết 288 hồ sơ, 100% đúng và trước hạn.",
     [F(293, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1"),
      F(247, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4.2"),
      F(84.3, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
      F(288, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(100, "%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn", "xa", False, "BM3-3.3")],
     "synthetic: đặc khu Bạch Long Vĩ (thành phố Hải Phòng), quý IV/2025"),
    ("report", "huyen",
     "Năm 2024, UBND huyện Tiên Du (Bắc Ninh): ban hành 14 văn bản chỉ đạo, điều hành công tác CCHC; hoàn thành 27/28 nhiệm vụ của Kế hoạch CCHC năm (đạt 96,43%); kiểm tra CCHC tại 7 xã, thị trấn, phát hiện 19 tồn tại, hạn chế và đã chỉ đạo khắc phục xong 17.",
     [F(14, "văn bản", "văn bản chỉ đạo, điều hành CCHC đã ban hành", "huyen", False, "BM1-1"),
      F(27, "nhiệm vụ", "nhiệm vụ kế hoạch CCHC đã hoàn thành", "huyen", False, "BM1-2.2"),
      F(28, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "huyen", False, "BM1-2.1"),
      F(96.43, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "huyen", False, "BM1-2"),
      F(7, "đơn vị", "xã, thị trấn được kiểm tra CCHC", "xa", False, ""),
      F(19, "vấn đề", "tồn tại, hạn chế phát hiện qua kiểm tra", "huyen", False, "BM1-3.3.1"),
      F(17, "vấn đề", "tồn tại, hạn chế đã khắc phục xong", "huyen", False, "BM1-3.3.2")],
     "synthetic: huyện Tiên Du (tỉnh Bắc Ninh), năm 2024"),
    ("report", "xa",
     "Trong tháng 12/2025, phường Vinh Hưng (Nghệ An) tiếp nhận 22 phản ánh, kiến nghị về quy định hành chính, đã giải quyết xong 20 (đạt 90,91%); 2 phản ánh, kiến nghị còn đang được xem xét, trả lời.",
     [F(22, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", False, "BM3-3.4.1"),
      F(20, "PAKN", "PAKN đã giải quyết xong", "xa", False, "BM3-3.4.2"),
      F(90.91, "%", "tỷ lệ giải quyết PAKN", "xa", False, "BM3-3.4"),
      F(2, "PAKN", "PAKN đang xem xét, trả lời", "xa", False, "")],
     "synthetic: phường Vinh Hưng (tỉnh Nghệ An), tháng 12/2025"),
    ("report", "tinh",
     "Tháng 10/2025, Trung tâm Phục vụ hành chính công tỉnh Lào Cai tiếp nhận 9.742 hồ sơ, trong đó 8.915 hồ sơ trực tuyến (chiếm 91,51%); số phí, lệ phí thu qua thanh toán trực tuyến đạt 1,86 tỷ đồng. Trung tâm hiện bố trí 64 quầy giao dịch và 12 ki-ốt tra cứu.",
     [F(9742, "hồ sơ", "hồ sơ đã tiếp nhận tại Trung tâm", "trung_tam", False, ""),
      F(8915, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "trung_tam", False, ""),
      F(91.51, "%", "tỷ lệ hồ sơ trực tuyến", "trung_tam", False, ""),
      F(1860, "triệu đồng", "phí, lệ phí thanh toán trực tuyến", "trung_tam", False, "")],
     "synthetic: Trung tâm Phục vụ hành chính công tỉnh Lào Cai, tháng 10/2025"),
    ("news", "xa",
     "6 tháng cuối năm 2025, phường Tam Sơn (Bắc Ninh) đã số hóa 12.604 hồ sơ, kết quả giải quyết TTHC, đạt 98,2%, và ký số 8.317 văn bản đi; bình quân mỗi ngày trung tâm đón khoảng 350 lượt công dân.",
     [F(12604, "hồ sơ", "hồ sơ, kết quả giải quyết TTHC đã số hóa", "xa", False, ""),
      F(98.2, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "xa", False, ""),
      F(8317, "văn bản", "văn bản đi đã ký số", "xa", False, "")],
     "synthetic: phường Tam Sơn (tỉnh Bắc Ninh), 6 tháng cuối năm 2025"),
    ("report", "huyen",
     "6 tháng đầu năm 2024, Bộ phận Một cửa huyện Quốc Oai (Hà Nội) đã giải quyết 21.468 hồ sơ (trước hạn 15.902; đúng hạn 5.411; quá hạn 155), tỷ lệ đúng và trước hạn đạt 99,28%.",
     [F(21468, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
      F(15902, "hồ sơ", "hồ sơ giải quyết trước hạn", "huyen", False, ""),
      F(5411, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", False, ""),
      F(155, "hồ sơ", "hồ sơ giải quyết quá hạn", "huyen", False, ""),
      F(99.28, "%", "tỷ lệ giải quyết đúng và trước hạn", "huyen", False, "BM3-3.2")],
     "synthetic: huyện Quốc Oai (thành phố Hà Nội), 6 tháng đầu năm 2024"),
    ("report", "xa",
     "Năm 2026, đặc khu Cô Tô (Quảng Ninh) phấn đấu 100% hồ sơ TTHC được số hóa và tỷ lệ hồ sơ trực tuyến đạt trên 90%; so với năm 2024, số hồ sơ tiếp nhận năm 2025 tăng 12%.",
     [],
     "synthetic: đặc khu Cô Tô (tỉnh Quảng Ninh), kế hoạch năm 2026 (targets and a comparison only)"),
    ("report", "xa",
     "Sau sắp xếp, xã Thư Lâm (Hà Nội) bố trí 9 công chức làm việc tại Điểm phục vụ hành chính công; trong 6 tháng cuối năm 2025 có 7 cán bộ, công chức của xã nghỉ việc theo Nghị định số 178/2024/NĐ-CP và xã tiếp nhận 4 công chức điều động từ thành phố.",
     [F(7, "biên chế", "cán bộ, công chức nghỉ việc theo Nghị định 178", "xa", False, ""),
      F(4, "biên chế", "công chức được điều động đến", "xa", False, "")],
     "synthetic: xã Thư Lâm (thành phố Hà Nội), 6 tháng cuối năm 2025"),
]

LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]


def vn_num(v):
    """Vietnamese renderings of a value (1.234; 98,7; 84,3)."""
    outs = set()
    if float(v).is_integer():
        n = int(v)
        outs.add(f"{n:,}".replace(",", "."))
        outs.add(str(n))
    else:
        s = repr(float(v))
        ip, fp = s.split(".")
        outs.add(f"{int(ip):,}".replace(",", ".") + "," + fp)
    return outs


def main():
    codes = set()
    with open("/work/shared/reference/catalog.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            codes.add(f"BM{r['form']}-{r['code']}")
    rows, srcs, seen = [], [], set()
    n_syn = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H25-B-{i:03d}"
        assert kind in ("report", "news"), cid
        assert level in LEVELS, cid
        text = unicodedata.normalize("NFC", text)
        assert text not in seen, cid
        seen.add(text)
        for fa in facts:
            assert list(fa.keys()) == KEYS, cid
            assert fa["scope"] in SCOPES, cid
            assert fa["code"] == "" or fa["code"] in codes, (cid, fa["code"])
            v = fa["value"]
            if fa["unit"] == "triệu đồng" and v == 1860:
                assert "1,86 tỷ" in text, cid
            else:
                assert any(re.search(r"(?<![\d.,])" + re.escape(r) + r"(?![\d]|[.,]\d)", text)
                           for r in vn_num(v)), (cid, v)
            fa["measure"] = unicodedata.normalize("NFC", fa["measure"])
        if src.startswith("synthetic:"):
            n_syn += 1
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, unicodedata.normalize("NFC", src)))
    assert n_syn * 2 <= len(CASES)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for cid, s in srcs:
            f.write(f"{cid}\t{s}\n")
    # re-read and parse
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
        back = list(csv.DictReader(f))
    nf = nc = na = 0
    sc = {}
    for r in back:
        assert unicodedata.is_normalized("NFC", r["text"])
        fs = json.loads(r["facts"])
        nf += len(fs)
        nc += sum(1 for x in fs if x["code"])
        na += sum(1 for x in fs if x["approx"])
        for x in fs:
            sc[x["scope"]] = sc.get(x["scope"], 0) + 1
    real = len(back) - n_syn
    rf = sum(len(json.loads(r["facts"])) for r, s in zip(back, srcs) if not s[1].startswith("synthetic"))
    rc = sum(1 for r, s in zip(back, srcs) if not s[1].startswith("synthetic") for x in json.loads(r["facts"]) if x["code"])
    lv = {}
    for r in back:
        lv[r["doc_level"]] = lv.get(r["doc_level"], 0) + 1
    print(f"cases {len(back)} real {real} synthetic {n_syn}; facts {nf} (real {rf}); coded {nc} (real {rc}); approx {na}")
    print("levels", lv, "scopes", sc,
          "news", sum(r['source_kind'] == 'news' for r in back),
          "empty", [r['case_id'] for r in back if r['facts'] == '[]'])


if __name__ == "__main__":
    main()
