#!/usr/bin/env python3
"""Held-out set 35-B (communes, wards, special zones; districts/communes before 1/7/2025).
Holds every case, validates it, writes cases.csv and sources_by_case.tsv."""
import csv, json, os, unicodedata, glob, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"
EARLIER = "/work/holdout35/earlier"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


# (id-suffix, source_kind, doc_level, text, facts, source)
CASES = [
    # ---- REAL ----
    ("news", "xa",
     "Năm 2023, xã Quang Kim (huyện Bát Xát) tổ chức 27 buổi tuyên truyền về cải cách hành chính tại các thôn, "
     "thu hút 1.500 lượt người tham dự; việc tuyên truyền còn được lồng ghép trên hệ thống loa truyền thanh.",
     [F(27, "buổi", "buổi tuyên truyền CCHC", "xa"),
      F(1500, "lượt người", "lượt người tham dự tuyên truyền CCHC", "xa")],
     "https://vietnam.vn/en/nang-cao-chat-luong-phuc-vu-nhan-dan"),
    ("news", "xa",
     "Công chức tư pháp xã Quang Kim cho biết mỗi ngày anh tiếp nhận và xử lý khoảng 20 – 30 hồ sơ thuộc lĩnh vực phụ trách; "
     "với những thủ tục phải khai trên Cổng Dịch vụ công quốc gia, cán bộ xã trực tiếp hỗ trợ người dân vùng đồng bào dân tộc thiểu số.",
     [],
     "https://vietnam.vn/en/nang-cao-chat-luong-phuc-vu-nhan-dan"),
    ("report", "xa",
     "Giai đoạn 2021 – 2025, xã Khao Mang triển khai 37 dự án, trong đó 11 dự án do xã làm chủ đầu tư; tổng kế hoạch vốn được giao "
     "241 tỷ đồng, đã giải ngân 187 tỷ đồng từ nguồn ngân sách trung ương, tỉnh và huyện, đạt 77,6% kế hoạch.",
     [F(241, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", "xa", code="BM6-1.1"),
      F(187, "tỷ đồng", "vốn đầu tư công đã giải ngân", "xa", code="BM6-1.2"),
      F(77.6, "%", "tỷ lệ giải ngân so với kế hoạch", "xa", code="BM6-1")],
     "https://www.vietnam.vn/en/pho-chu-tich-ubnd-tinh-vu-thi-hien-hanh-lam-viec-voi-cac-xa-thuoc-huyen-mu-cang-chai-cu"),
    ("report", "xa",
     "Riêng các dự án do UBND xã Khao Mang làm chủ đầu tư đã giải ngân 6,1 tỷ đồng, tương đương 99,8% kế hoạch vốn.",
     [F(6.1, "tỷ đồng", "giải ngân các dự án do xã làm chủ đầu tư", "xa"),
      F(99.8, "%", "tỷ lệ giải ngân các dự án do xã làm chủ đầu tư", "xa")],
     "https://www.vietnam.vn/en/pho-chu-tich-ubnd-tinh-vu-thi-hien-hanh-lam-viec-voi-cac-xa-thuoc-huyen-mu-cang-chai-cu"),
    ("report", "xa",
     "Xã Púng Luông thực hiện 5 dự án thuộc Dự án Giao thông nông thôn với tổng vốn kế hoạch 8,8 tỷ đồng; đến nay đã giải ngân 4,8 tỷ đồng.",
     [F(8.8, "tỷ đồng", "tổng vốn kế hoạch Dự án Giao thông nông thôn", "xa"),
      F(4.8, "tỷ đồng", "vốn Dự án Giao thông nông thôn đã giải ngân", "xa")],
     "https://www.vietnam.vn/en/pho-chu-tich-ubnd-tinh-vu-thi-hien-hanh-lam-viec-voi-cac-xa-thuoc-huyen-mu-cang-chai-cu"),
    ("report", "xa",
     "Đến nay, xã Chế Tạo đã đầu tư xây dựng các tuyến đường nội bộ với tổng kinh phí 55,8 tỷ đồng, bê tông hóa 2 công trình thủy lợi "
     "với 7,2 tỷ đồng và xây mới 3 điểm trường mầm non (các bản Hằng Tày, Tà Đông, Kể Cả) với 4,5 tỷ đồng.",
     [F(55.8, "tỷ đồng", "kinh phí đã đầu tư đường nội bộ", "xa"),
      F(2, "công trình", "công trình thủy lợi đã bê tông hóa", "xa"),
      F(7.2, "tỷ đồng", "kinh phí bê tông hóa công trình thủy lợi", "xa"),
      F(3, "điểm trường", "điểm trường mầm non đã xây mới", "xa"),
      F(4.5, "tỷ đồng", "kinh phí xây mới điểm trường mầm non", "xa")],
     "https://www.vietnam.vn/en/pho-chu-tich-ubnd-tinh-vu-thi-hien-hanh-lam-viec-voi-cac-xa-thuoc-huyen-mu-cang-chai-cu"),
    ("report", "xa",
     "Xã Mù Cang Chải đã hoàn thành 68/73 dự án của giai đoạn 2021 – 2025, với tổng vốn kế hoạch 409,4 tỷ đồng.",
     [F(68, "dự án", "dự án đã hoàn thành", "xa"),
      F(73, "dự án", "tổng số dự án giai đoạn 2021-2025", "xa"),
      F(409.4, "tỷ đồng", "tổng vốn kế hoạch các dự án", "xa")],
     "https://www.vietnam.vn/ms/pho-chu-tich-ubnd-tinh-vu-thi-hien-hanh-lam-viec-voi-cac-xa-thuoc-huyen-mu-cang-chai-cu"),
    ("report", "huyen",
     "Theo UBND huyện Tây Giang, tổng kế hoạch vốn đầu tư năm 2024 được kéo dài sang năm 2025 là hơn 123,7 tỷ đồng; "
     "tính đến ngày 25/3/2025 mới giải ngân được 6% kế hoạch.",
     [F(123.7, "tỷ đồng", "kế hoạch vốn đầu tư năm 2024 kéo dài sang 2025", "huyen", approx=True, code="BM6-1.1"),
      F(6, "%", "tỷ lệ giải ngân kế hoạch vốn kéo dài", "huyen", code="BM6-1")],
     "https://www.vietnam.vn/fr/nam-2025-tay-giang-duoc-phan-bo-hon-100-ty-dong-thuc-hien-chuong-trinh-muc-tieu-quoc-gia"),
    ("report", "huyen",
     "Năm 2025, tổng kế hoạch vốn các chương trình mục tiêu quốc gia của huyện Tây Giang là hơn 100 tỷ đồng; đến nay huyện đã phân bổ "
     "gần 74,5 tỷ đồng, đạt 74,4% kế hoạch, và đã giải ngân hơn 13,3 tỷ đồng, đạt 13,3% kế hoạch vốn.",
     [F(100, "tỷ đồng", "tổng kế hoạch vốn CTMTQG năm 2025", "huyen", approx=True),
      F(74.5, "tỷ đồng", "vốn CTMTQG đã phân bổ", "huyen", approx=True),
      F(74.4, "%", "tỷ lệ vốn CTMTQG đã phân bổ", "huyen"),
      F(13.3, "tỷ đồng", "vốn CTMTQG đã giải ngân", "huyen", approx=True),
      F(13.3, "%", "tỷ lệ giải ngân vốn CTMTQG", "huyen")],
     "https://www.vietnam.vn/fr/nam-2025-tay-giang-duoc-phan-bo-hon-100-ty-dong-thuc-hien-chuong-trinh-muc-tieu-quoc-gia"),
    ("report", "huyen",
     "Cụ thể, Chương trình MTQG phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi của huyện Tây Giang đã giải ngân "
     "gần 5,4 tỷ đồng (11,3% kế hoạch); Chương trình MTQG giảm nghèo bền vững giải ngân hơn 7,3 tỷ đồng (16,5% kế hoạch).",
     [F(5.4, "tỷ đồng", "giải ngân CTMTQG vùng đồng bào DTTS và miền núi", "huyen", approx=True),
      F(11.3, "%", "tỷ lệ giải ngân CTMTQG vùng đồng bào DTTS và miền núi", "huyen"),
      F(7.3, "tỷ đồng", "giải ngân CTMTQG giảm nghèo bền vững", "huyen", approx=True),
      F(16.5, "%", "tỷ lệ giải ngân CTMTQG giảm nghèo bền vững", "huyen")],
     "https://www.vietnam.vn/fr/nam-2025-tay-giang-duoc-phan-bo-hon-100-ty-dong-thuc-hien-chuong-trinh-muc-tieu-quoc-gia"),
    ("news", "huyen",
     "Dự án nâng cấp tuyến đường liên xã Lùng Khấu Nhin – Cao Sơn – La Pán Tẩn của huyện Mường Khương có tổng mức đầu tư hơn 133 tỷ đồng, "
     "được HĐND huyện điều chỉnh giảm 8,1 tỷ đồng theo Nghị quyết 24; đến nay dự án đã giải ngân hơn 96 tỷ đồng.",
     [F(96, "tỷ đồng", "vốn dự án đường liên xã đã giải ngân", "huyen", approx=True)],
     "https://www.vietnam.vn/en/hieu-qua-tu-thi-diem-phan-cap-phan-quyen-giai-ngan-von-dau-tu-cong-o-muong-khuong"),
    ("news", "huyen",
     "Ngày 21/4/2025, tại kỳ họp thứ 25 (chuyên đề), HĐND huyện Cô Tô khóa VI đã nhất trí thông qua chủ trương thành lập đặc khu Cô Tô "
     "trên cơ sở chuyển nguyên trạng huyện Cô Tô và kết thúc hoạt động của 3 đơn vị hành chính cấp xã (thị trấn Cô Tô, xã Đồng Tiến, xã Thanh Lân).",
     [],
     "https://www.vietnam.vn/en/hdnd-huyen-co-to-thong-qua-chu-truong-thanh-lap-dac-khu-co-to"),
    ("news", "huyen",
     "Kết quả lấy ý kiến cử tri tại huyện Thoại Sơn: 99,97% cử tri đồng ý thành lập xã Định Mỹ (7.121 cử tri được lấy ý kiến) và 99,97% "
     "đồng ý thành lập xã Phú Hòa (7.586 cử tri); 100% cử tri đồng ý thành lập xã Vĩnh Trạch (6.111 cử tri) và xã Tây Phú (4.511 cử tri).",
     [F(99.97, "%", "tỷ lệ cử tri đồng ý thành lập xã Định Mỹ", "xa"),
      F(7121, "cử tri", "cử tri được lấy ý kiến (xã Định Mỹ)", "xa"),
      F(99.97, "%", "tỷ lệ cử tri đồng ý thành lập xã Phú Hòa", "xa"),
      F(7586, "cử tri", "cử tri được lấy ý kiến (xã Phú Hòa)", "xa"),
      F(100, "%", "tỷ lệ cử tri đồng ý thành lập xã Vĩnh Trạch", "xa"),
      F(6111, "cử tri", "cử tri được lấy ý kiến (xã Vĩnh Trạch)", "xa"),
      F(100, "%", "tỷ lệ cử tri đồng ý thành lập xã Tây Phú", "xa"),
      F(4511, "cử tri", "cử tri được lấy ý kiến (xã Tây Phú)", "xa")],
     "https://www.vietnam.vn/en/cu-tri-huyen-thoai-son-dong-thuan-ve-dieu-chinh-ten-don-vi-hanh-chinh-cap-xa"),
    ("report", "xa",
     "Theo báo cáo tổng hợp kết quả lấy ý kiến cử tri của UBND xã Phong Thạnh Tây A, về phương án thành lập tỉnh Cà Mau trên cơ sở hợp nhất "
     "tỉnh Bạc Liêu và tỉnh Cà Mau, toàn xã có 2.566 cử tri đồng ý, đạt 76,53% tổng số cử tri.",
     [F(2566, "cử tri", "cử tri đồng ý phương án hợp nhất tỉnh", "xa"),
      F(76.53, "%", "tỷ lệ cử tri đồng ý phương án hợp nhất tỉnh", "xa")],
     "https://www.vietnam.vn/ro/hdnd-xa-phong-thanh-tay-a-thong-qua-nghi-quyet-sap-xep-don-vi-hanh-chinh-cap-tinh-va-cap-xa"),
    ("news", "huyen",
     "Huyện Hưng Nguyên lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính cấp xã tại 6 xã thuộc diện sáp nhập, tỷ lệ đồng ý đạt từ "
     "83,11% đến 99,36%; riêng xã Hưng Lợi có 2.755/2.755 cử tri đi bỏ phiếu và 2.734/2.755 cử tri đồng ý (99,25%).",
     [F(6, "xã", "xã đã lấy ý kiến cử tri", "huyen"),
      F(83.11, "%", "tỷ lệ đồng ý thấp nhất (xã Hưng Tân)", "huyen"),
      F(99.36, "%", "tỷ lệ đồng ý cao nhất (xã Hưng Thông)", "huyen"),
      F(2755, "cử tri", "cử tri xã Hưng Lợi đã bỏ phiếu", "xa"),
      F(2755, "cử tri", "tổng số cử tri xã Hưng Lợi trong danh sách", "xa"),
      F(2734, "cử tri", "cử tri xã Hưng Lợi đồng ý", "xa"),
      F(2755, "cử tri", "tổng số cử tri xã Hưng Lợi (mẫu số)", "xa"),
      F(99.25, "%", "tỷ lệ cử tri xã Hưng Lợi đồng ý", "xa")],
     "https://baonghean.vn/en/print/10272189.html"),
    ("news", "huyen",
     "Tại xã Hưng Phúc (huyện Hưng Nguyên), 2.711/2.711 cử tri đã bỏ phiếu, đạt 100%; kết quả 2.687/2.711 cử tri đồng ý phương án "
     "sáp nhập với xã Hưng Lợi, lấy tên xã mới là Phúc Lợi, đạt 99,11%.",
     [F(2711, "cử tri", "cử tri đã bỏ phiếu", "xa"),
      F(2711, "cử tri", "tổng số cử tri trong danh sách", "xa"),
      F(100, "%", "tỷ lệ cử tri đi bỏ phiếu", "xa"),
      F(2687, "cử tri", "cử tri đồng ý phương án sáp nhập", "xa"),
      F(2711, "cử tri", "tổng số cử tri (mẫu số)", "xa"),
      F(99.11, "%", "tỷ lệ cử tri đồng ý phương án sáp nhập", "xa")],
     "https://baonghean.vn/en/print/10272189.html"),
    ("news", "xa",
     "Tại kỳ họp, UBND thị trấn Phú Thịnh và UBND xã Tam Vĩnh báo cáo: 100% cử tri thị trấn Phú Thịnh (3.606 người) và hơn 96,7% cử tri "
     "xã Tam Vĩnh (3.798 người) đồng ý phương án nhập xã Tam Vĩnh vào thị trấn Phú Thịnh (huyện Phú Ninh).",
     [F(100, "%", "tỷ lệ cử tri thị trấn Phú Thịnh đồng ý", "xa"),
      F(3606, "cử tri", "cử tri thị trấn Phú Thịnh đồng ý", "xa"),
      F(96.7, "%", "tỷ lệ cử tri xã Tam Vĩnh đồng ý", "xa", approx=True),
      F(3798, "cử tri", "cử tri xã Tam Vĩnh đồng ý", "xa")],
     "https://www.vietnam.vn/hu/nhap-xa-tam-vinh-va-thi-tran-phu-thinh"),
    ("news", "huyen",
     "Về phương án sắp xếp đơn vị hành chính cấp xã, toàn huyện Tuần Giáo có 17.072/19.938 cử tri tham gia ý kiến (85,6%), trong đó "
     "16.165 cử tri đồng ý (81,1%) và 907 cử tri không đồng ý (4,5%).",
     [F(17072, "cử tri", "cử tri tham gia ý kiến", "huyen"),
      F(19938, "cử tri", "tổng số cử tri", "huyen"),
      F(85.6, "%", "tỷ lệ cử tri tham gia ý kiến", "huyen"),
      F(16165, "cử tri", "cử tri đồng ý", "huyen"),
      F(81.1, "%", "tỷ lệ cử tri đồng ý", "huyen"),
      F(907, "cử tri", "cử tri không đồng ý", "huyen"),
      F(4.5, "%", "tỷ lệ cử tri không đồng ý", "huyen")],
     "https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/consensus-on-major-policy-in-tuan-giao-kV3K1KxHR.html"),
    ("news", "huyen",
     "Để lấy ý kiến cử tri về Đề án sắp xếp, UBND 15 xã, thị trấn của huyện Tri Tôn đã lập và niêm yết danh sách cử tri; các địa phương "
     "thành lập 77 tổ lấy ý kiến tương ứng 77 ấp. Sau sắp xếp, huyện Tri Tôn sẽ còn 5 xã, giảm 10 xã, thị trấn.",
     [F(15, "đơn vị", "xã, thị trấn đã lập và niêm yết danh sách cử tri", "huyen")],
     "https://www.vietnam.vn/en/huyen-tri-ton-lay-y-kien-cu-tri-ve-viec-sap-xep-don-vi-hanh-chinh-cap-xa"),
    ("report", "xa",
     "UBND xã Hoài Hải ban hành Quyết định số 246/QĐ-UBND ngày 10/5/2022 kiện toàn Bộ phận Một cửa; trước đó, ngày 20/01/2022 ban hành "
     "các Quyết định số 73/QĐ-UBND và 74/QĐ-UBND công bố danh mục TTHC tiếp nhận qua dịch vụ bưu chính công ích và theo cơ chế một cửa, một cửa liên thông.",
     [],
     "http://hoaihai-hoainhon.binhdinh.gov.vn/cong-dan/tra-cuu-thu-tuc-hanh-chinh/thu-tuc-hanh-chinh-cap-xa/ket-qua-giai-quyet-thu-tuc-hanh-chinh-tai-ubnd-xa-qua-bo-phan-tiep-nhan-va-tra-ket-qua-9-thang-dau-nam-2022.html"),
    ("news", "xa",
     "Theo UBND xã Mỹ Thuận, tỷ lệ hồ sơ được tiếp nhận, xử lý theo hình thức không giấy tờ tại Trung tâm Phục vụ hành chính công xã "
     "ước đạt khoảng 40 – 50% tổng số hồ sơ, tập trung ở đăng ký khai sinh, khai tử, cấp bản sao trích lục hộ tịch và xác nhận tình trạng hôn nhân.",
     [],
     "https://www.vietnam.vn/ms/hanh-chinh-khong-giay-to"),
    # ---- SYNTHETIC ----
    ("report", "xa",
     "Quý IV/2025, Trung tâm Phục vụ hành chính công xã Bát Xát tiếp nhận 1.963 hồ sơ TTHC, trong đó 1.617 hồ sơ nộp trực tuyến (chiếm 82,37%); "
     "đã giải quyết xong 1.952 hồ sơ, trong đó 1.929 hồ sơ đúng hạn, đạt 98,82%.",
     [F(1963, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(1617, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(82.37, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(1952, "hồ sơ", "hồ sơ đã giải quyết xong", "xa", code="BM3-3.3.1"),
      F(1929, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
      F(98.82, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")],
     "synthetic: xã Bát Xát (tỉnh Lào Cai), quý IV/2025"),
    ("report", "xa",
     "Sáu tháng cuối năm 2025, UBND phường Tân An tiếp nhận 37 phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính, "
     "đã giải quyết xong 35 phản ánh, kiến nghị (94,59%); phường phấn đấu quý I/2026 giải quyết 100% phản ánh, kiến nghị trong hạn.",
     [F(37, "phản ánh, kiến nghị", "PAKN đã tiếp nhận", "xa", code="BM3-3.4.1"),
      F(35, "phản ánh, kiến nghị", "PAKN đã giải quyết xong", "xa", code="BM3-3.4.2"),
      F(94.59, "%", "tỷ lệ giải quyết PAKN", "xa", code="BM3-3.4")],
     "synthetic: phường Tân An (tỉnh Tây Ninh), 6 tháng cuối năm 2025"),
    ("report", "xa",
     "Từ ngày 01/7 đến 31/12/2025, UBND đặc khu Lý Sơn ban hành 14 văn bản chỉ đạo, điều hành công tác CCHC; Kế hoạch CCHC năm 2025 của đặc khu "
     "đề ra 29 nhiệm vụ, đến nay đã hoàn thành 26/29 nhiệm vụ, đạt 89,66%.",
     [F(14, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "xa", code="BM1-1"),
      F(26, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
      F(29, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch", "xa", code="BM1-2.1"),
      F(89.66, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")],
     "synthetic: đặc khu Lý Sơn (tỉnh Quảng Ngãi), 6 tháng cuối năm 2025"),
    ("news", "xa",
     "Trong tháng 12/2025, UBND xã Thanh Nưa phát hành 413 văn bản đi, trong đó 406 văn bản được ký số và gửi hoàn toàn trên môi trường "
     "điện tử, đạt 98,31%; bình quân mỗi ngày làm việc xã phát hành khoảng 19 văn bản.",
     [F(413, "văn bản", "văn bản đi đã phát hành", "xa"),
      F(406, "văn bản", "văn bản đi ký số, gửi điện tử", "xa"),
      F(98.31, "%", "tỷ lệ văn bản điện tử", "xa", code="BM7-5.2.3")],
     "synthetic: xã Thanh Nưa (tỉnh Điện Biên), tháng 12/2025"),
    ("report", "huyen",
     "Năm 2024, Bộ phận Một cửa UBND huyện Bảo Lâm giải quyết xong 3.236 hồ sơ TTHC, trong đó 3.211 hồ sơ trước và đúng hạn (99,23%), "
     "25 hồ sơ quá hạn; so với năm 2023, tỷ lệ đúng hạn tăng 0,6%.",
     [F(3236, "hồ sơ", "hồ sơ đã giải quyết xong", "huyen", code="BM3-3.2.1"),
      F(3211, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "huyen", code="BM3-3.2.2"),
      F(99.23, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"),
      F(25, "hồ sơ", "hồ sơ quá hạn", "huyen")],
     "synthetic: huyện Bảo Lâm (tỉnh Cao Bằng, trước 1/7/2025), năm 2024"),
]


def load_codes():
    codes = set()
    with open(CATALOG, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            codes.add(f"BM{row['form']}-{row['code']}")
    return codes


def earlier_urls():
    urls = set()
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "sources_by_case.tsv")):
        with open(p, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    urls.add(parts[1].strip())
    return urls


def main():
    codes = load_codes()
    old = earlier_urls()
    rows, srcs = [], []
    texts = set()
    n_real = n_syn = n_facts = n_coded = n_empty = n_approx = 0
    real_facts = real_coded = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H35-B-{i:03d}"
        assert kind in ("report", "news"), cid
        assert level in ("tinh", "huyen", "xa", "so_nganh"), cid
        assert unicodedata.normalize("NFC", text) == text, cid
        assert text not in texts, cid
        texts.add(text)
        for fa in facts:
            assert set(fa) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert isinstance(fa["value"], (int, float)) and not isinstance(fa["value"], bool), cid
            assert fa["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
            assert isinstance(fa["approx"], bool), cid
            assert fa["code"] == "" or fa["code"] in codes, (cid, fa["code"])
            for k in ("unit", "measure"):
                assert unicodedata.normalize("NFC", fa[k]) == fa[k], cid
        synthetic = src.startswith("synthetic:")
        if synthetic:
            n_syn += 1
        else:
            n_real += 1
            assert src not in old, (cid, src)
            real_facts += len(facts)
            real_coded += sum(1 for fa in facts if fa["code"])
        n_facts += len(facts)
        n_coded += sum(1 for fa in facts if fa["code"])
        n_approx += sum(1 for fa in facts if fa["approx"])
        n_empty += (not facts)
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append(f"{cid}\t{src}")
    assert n_real >= 0.6 * (n_real + n_syn)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(srcs) + "\n")
    # re-read and parse
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    assert len(back) == len(CASES)
    for r in back:
        json.loads(r["facts"])
    print(f"OK cases={len(CASES)} real={n_real} synthetic={n_syn} facts={n_facts} (real {real_facts}) "
          f"coded={n_coded} (real {real_coded}) empty={n_empty} approx={n_approx}")


if __name__ == "__main__":
    main()
