#!/usr/bin/env python3
"""Held-out set 24-B (narrative): builds cases.csv and sources_by_case.tsv and checks them."""
import csv, json, re, unicodedata, os

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


# (kind, level, text, facts, source)
CASES = [
    # ---------------- real pages ----------------
    ("report", "xa",
     "Trong tháng 7/2025, UBND xã Hòa Phú (Hà Nội) đã tiếp nhận, chỉ đạo xử lý 1.195 văn bản đến và phát hành 282 văn bản đi, đồng thời giải quyết các nhiệm vụ do UBND thành phố và Đảng ủy xã giao.",
     [F(1195, "văn bản", "văn bản đến đã tiếp nhận, xử lý", "xa"),
      F(282, "văn bản", "văn bản đi đã ban hành", "xa")],
     "https://hoaphu.hanoi.gov.vn/hoat-dong-khoi-chinh-quyen/hoi-nghi-giao-ban-nham-danh-gia-ket-qua-thuc-hien-nhiem-vu-thang-7-va-trien-khai-phuong-huong-nhiem-vu-thang-8-271525080815323418.htm"),
    ("report", "xa",
     "Cũng trong tháng, Điểm phục vụ hành chính công của xã đã hướng dẫn và tiếp nhận tổng cộng 2.699 hồ sơ, gồm 1.956 hồ sơ nộp trực tiếp và 743 hồ sơ nộp trực tuyến.",
     [F(2699, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", code="BM7-6.4.1"),
      F(1956, "hồ sơ", "hồ sơ tiếp nhận trực tiếp", "xa"),
      F(743, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2")],
     "https://hoaphu.hanoi.gov.vn/hoat-dong-khoi-chinh-quyen/hoi-nghi-giao-ban-nham-danh-gia-ket-qua-thuc-hien-nhiem-vu-thang-7-va-trien-khai-phuong-huong-nhiem-vu-thang-8-271525080815323418.htm"),
    ("news", "xa",
     "Từ ngày 01/7 đến 14/9/2025, UBND phường Phù Liễn (Hải Phòng) đã tiếp nhận 3.718 hồ sơ thủ tục hành chính, trong đó 2.255 hồ sơ được nộp trực tuyến, chiếm 61%; tỷ lệ số hóa hồ sơ đạt 100%.",
     [F(3718, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", code="BM7-6.4.1"),
      F(2255, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", code="BM7-6.4.2"),
      F(61, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", code="BM7-6.4"),
      F(100, "%", "tỷ lệ số hóa hồ sơ", "xa")],
     "https://phulien.haiphong.gov.vn/tin-tuc-su-kien/uy-ban-nhan-dan-phuong-phu-lien-so-ket-cong-tac-cai-cach-hanh-chinh-quy-iii-trien-khai-phuong-hu-782208"),
    ("news", "xa",
     "Mọi hồ sơ đều được giải quyết đúng và trước hạn, không có hồ sơ quá hạn; 97,7% hồ sơ có thu phí, lệ phí được thanh toán trực tuyến, tỷ lệ lãnh đạo ký số cá nhân trên hệ thống quản lý văn bản đạt 100%, và Trung tâm Phục vụ hành chính công phường đã đón tiếp hơn 7.400 lượt công dân.",
     [F(97.7, "%", "tỷ lệ hồ sơ có phí, lệ phí thanh toán trực tuyến", "xa"),
      F(100, "%", "tỷ lệ ký số cá nhân của lãnh đạo trên hệ thống quản lý văn bản", "xa"),
      F(7400, "lượt", "lượt công dân đến giao dịch", "xa", approx=True)],
     "https://phulien.haiphong.gov.vn/tin-tuc-su-kien/uy-ban-nhan-dan-phuong-phu-lien-so-ket-cong-tac-cai-cach-hanh-chinh-quy-iii-trien-khai-phuong-hu-782208"),
    ("news", "xa",
     "Từ đầu năm 2025 đến nay, Bộ phận Tiếp nhận và Trả kết quả của Phường 1 (thành phố Cao Lãnh) đã tiếp nhận và giải quyết 656 hồ sơ thủ tục hành chính, 100% hồ sơ được giải quyết sớm hạn và đúng hạn.",
     [F(656, "hồ sơ", "hồ sơ đã tiếp nhận và giải quyết", "xa", code="BM3-3.3.1"),
      F(100, "%", "tỷ lệ hồ sơ giải quyết sớm và đúng hạn", "xa", code="BM3-3.3")],
     "https://caolanh.dongthap.gov.vn/en/web/cao-lanh/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/22827574?plidlayout=7491"),
    ("news", "tinh",
     "Kế hoạch cải cách hành chính năm 2018 của tỉnh Thái Bình gồm 44 nhiệm vụ và đến nay đã hoàn thành 100%. Từ đầu năm, UBND tỉnh đã rà soát, sửa đổi và bãi bỏ tổng cộng 384 thủ tục hành chính.",
     [F(44, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC năm", "tinh", code="BM1-2.1"),
      F(100, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", code="BM1-2"),
      F(384, "TTHC", "TTHC đã rà soát, sửa đổi, bãi bỏ", "tinh")],
     "http://thegioianh.vn/dong-su-kien/2060-thai-binh-accelerates-administrative-reform-to-improve-the-quality-of-service-to-the-people.html"),
    ("news", "tinh",
     "Tổng số hồ sơ tỉnh tiếp nhận là 931.053, trong đó 931.054 hồ sơ được giải quyết trước hạn; tỷ lệ văn bản đi, đến được chuyển hoàn toàn trên môi trường mạng đạt 97%, khoảng 3% còn lại là văn bản mật.",
     [F(931053, "hồ sơ", "hồ sơ đã tiếp nhận", "tinh"),
      F(931054, "hồ sơ", "hồ sơ giải quyết trước hạn", "tinh"),
      F(97, "%", "tỷ lệ văn bản đi, đến chuyển hoàn toàn trên môi trường mạng", "tinh", code="BM7-5.2")],
     "http://thegioianh.vn/dong-su-kien/2060-thai-binh-accelerates-administrative-reform-to-improve-the-quality-of-service-to-the-people.html"),
    ("news", "tinh",
     "Đến nay, Thái Bình cung cấp 466 dịch vụ công trực tuyến mức độ 3 và 4, trong đó có 398 dịch vụ mức độ 3 và 68 dịch vụ mức độ 4.",
     [F(466, "TTHC", "DVC trực tuyến mức độ 3 và 4 đang cung cấp", "tinh", code="BM7-6.3.1"),
      F(398, "TTHC", "DVC trực tuyến mức độ 3 đang cung cấp", "tinh", code="BM7-6.1.2"),
      F(68, "TTHC", "DVC trực tuyến mức độ 4 đang cung cấp", "tinh", code="BM7-6.2.2")],
     "http://thegioianh.vn/dong-su-kien/2060-thai-binh-accelerates-administrative-reform-to-improve-the-quality-of-service-to-the-people.html"),
    ("news", "huyen",
     "Năm 2023, Chỉ số cải cách hành chính của huyện Định Hóa tiếp tục tăng, đạt 80,7 điểm, thuộc nhóm huyện, thành phố có điểm số tốt; huyện giữ vị trí dẫn đầu tỉnh Thái Nguyên về Chỉ số hài lòng (SIPAS) với 91,8% và hoàn thành 100% nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao.",
     [F(80.7, "điểm", "Chỉ số CCHC của huyện", "huyen"),
      F(91.8, "%", "Chỉ số hài lòng SIPAS", "huyen"),
      F(100, "%", "tỷ lệ nhiệm vụ được tỉnh giao đã hoàn thành", "huyen")],
     "https://thainguyentv.vn/progress-in-administrative-reform-in-dinh-hoa-district-106531.html"),
    ("news", "huyen",
     "Sau hơn hai tuần ra quân, huyện Đoan Hùng đã số hóa gần 70.000 trên tổng số 86.984 dữ liệu hộ tịch, đạt 80%; 4 xã Sóc Đăng, Minh Tiến, Yên Kiện và Phúc Lai đã hoàn thành toàn bộ. Huyện đặt mục tiêu hoàn tất việc số hóa trước ngày 15/12/2024.",
     [F(70000, "dữ liệu", "dữ liệu hộ tịch đã số hóa", "huyen", approx=True),
      F(86984, "dữ liệu", "tổng số dữ liệu hộ tịch cần số hóa", "huyen"),
      F(80, "%", "tỷ lệ dữ liệu hộ tịch đã số hóa", "huyen"),
      F(4, "đơn vị", "xã đã hoàn thành số hóa hộ tịch", "xa")],
     "https://doanhungtour.vn/en/a58-huyen-doan-hung-tich-cuc-trien-khai-thuc-hien-so-hoa-du-lieu-ho-tich"),
    ("report", "so_nganh",
     "Theo Kế hoạch số 37/KH-UBND, trong 20 ngày đêm cao điểm từ 01/3 đến 20/3/2025 sẽ số hóa 2.088 sổ hộ tịch với 203.584 trường hợp đăng ký từ năm 2005 trở về trước; riêng thành phố Đông Hà có 357 sổ với 53.268 trường hợp cần số hóa.",
     [],
     "https://www.vietnam.vn/en/so-tu-phap-quang-tri-ho-tro-cac-dia-phuong-so-hoa-du-lieu-ho-tich"),
    ("news", "tinh",
     "Từ ngày 01/7 đến 15/9/2025, cả nước đã tiếp nhận, trả kết quả trực tuyến khoảng 6,6 triệu hồ sơ, tỷ lệ giải quyết đúng hạn đạt 91%; đã thực hiện hơn 3 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1,7 nghìn tỷ đồng.",
     [F(6600000, "hồ sơ", "hồ sơ tiếp nhận, trả kết quả trực tuyến", "", approx=True),
      F(91, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", ""),
      F(3000000, "giao dịch", "giao dịch thanh toán trực tuyến", "", approx=True),
      F(1700, "tỷ đồng", "số tiền thanh toán trực tuyến", "")],
     "https://news.laodong.vn/thoi-su/141444-nguoi-co-quyet-dinh-nghi-viec-sau-sap-xep-bo-may-1575845.ldo"),
    ("news", "tinh",
     "Tổng hợp báo cáo của các bộ, ngành, địa phương cho thấy cả nước đã có 141.444 người có quyết định nghỉ việc (tăng 34.732 người so với báo cáo ngày 05/9/2025), trong đó 102.378 người, tỷ lệ 72,38%, đã nhận tiền chính sách, chế độ.",
     [F(141444, "người", "người có quyết định nghỉ việc sau sắp xếp", ""),
      F(102378, "người", "người đã nhận tiền chính sách, chế độ", ""),
      F(72.38, "%", "tỷ lệ người đã nhận tiền chính sách, chế độ", "")],
     "https://news.laodong.vn/thoi-su/141444-nguoi-co-quyet-dinh-nghi-viec-sau-sap-xep-bo-may-1575845.ldo"),
    ("news", "xa",
     "Xã Mỹ Thạnh được thành lập trên cơ sở sáp nhập các xã Phú Nhuận, Mỹ Thạnh Bắc và Mỹ Thạnh Nam, có diện tích tự nhiên 52,3 km² với dân số 35.768 người.",
     [],
     "https://www.vietnam.vn/en/xa-my-thanh-vuot-kho-van-hanh-chinh-quyen-phuc-vu-nhan-dan"),
    ("news", "huyen",
     "Trung tâm Hành chính công thành phố Thủ Đức được khai trương ngày 11/11 với 37 cán bộ, công chức làm việc theo cơ chế một cửa; thành phố rộng khoảng 211,5 km² và có hơn 1,2 triệu dân.",
     [],
     "https://en.vietnamplus.vn/public-administrative-centre-opens-in-thu-duc-city/271128.vnp"),
    # ---------------- synthetic ----------------
    ("report", "xa",
     "Quý IV/2025, Trung tâm Phục vụ hành chính công phường Trường Vinh tiếp nhận 9.482 hồ sơ, trong đó 7.926 hồ sơ trực tuyến (83,59%); đã giải quyết 9.207 hồ sơ, trong đó 9.173 hồ sơ đúng và trước hạn, đạt 99,63%.",
     [F(9482, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", code="BM7-6.4.1"),
      F(7926, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(83.59, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(9207, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
      F(9173, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "xa", code="BM3-3.3.2"),
      F(99.63, "%", "tỷ lệ giải quyết đúng và trước hạn", "xa", code="BM3-3.3")],
     "synthetic: phường Trường Vinh (tỉnh Nghệ An), quý IV/2025"),
    ("news", "xa",
     "Trong tháng 10/2025, phường Tân Định tiếp nhận 46 phản ánh, kiến nghị về quy định hành chính qua các kênh và đã xử lý xong 44 trường hợp; 2 trường hợp còn lại đang được xác minh.",
     [F(46, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", code="BM3-3.4.1"),
      F(44, "PAKN", "PAKN đã xử lý xong", "xa", code="BM3-3.4.2"),
      F(2, "PAKN", "PAKN đang xác minh", "xa")],
     "synthetic: phường Tân Định (TP. Hồ Chí Minh), tháng 10/2025"),
    ("news", "xa",
     "Sau 6 tháng vận hành (từ 01/7 đến 31/12/2025), đặc khu Kiên Hải tiếp nhận 1.152 hồ sơ thủ tục hành chính, đã trả kết quả 1.139 hồ sơ, tất cả đều đúng hạn; 13 hồ sơ đang được giải quyết trong hạn.",
     [F(1152, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa"),
      F(1139, "hồ sơ", "hồ sơ đã trả kết quả", "xa", code="BM3-3.3.1"),
      F(13, "hồ sơ", "hồ sơ đang giải quyết trong hạn", "xa")],
     "synthetic: đặc khu Kiên Hải (tỉnh An Giang), 6 tháng cuối năm 2025"),
    ("report", "huyen",
     "9 tháng năm 2024, Bộ phận Một cửa huyện Đông Anh tiếp nhận 38.615 hồ sơ; đã giải quyết 37.902 hồ sơ, trong đó 37.811 hồ sơ trước và đúng hạn, đạt 99,76%, còn 91 hồ sơ quá hạn.",
     [F(38615, "hồ sơ", "hồ sơ đã tiếp nhận", "huyen"),
      F(37902, "hồ sơ", "hồ sơ đã giải quyết", "huyen", code="BM3-3.2.1"),
      F(37811, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "huyen", code="BM3-3.2.2"),
      F(99.76, "%", "tỷ lệ giải quyết trước và đúng hạn", "huyen", code="BM3-3.2"),
      F(91, "hồ sơ", "hồ sơ quá hạn", "huyen")],
     "synthetic: huyện Đông Anh (thành phố Hà Nội), 9 tháng năm 2024"),
    ("report", "huyen",
     "Năm 2024, UBND huyện Hoài Đức ban hành 27 văn bản chỉ đạo, điều hành công tác cải cách hành chính; hoàn thành 58/60 nhiệm vụ trong kế hoạch, đạt 96,67%. Qua kiểm tra tại 12 xã, thị trấn, huyện phát hiện 19 tồn tại và đã chỉ đạo khắc phục xong 17.",
     [F(27, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "huyen", code="BM1-1"),
      F(58, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "huyen", code="BM1-2.2"),
      F(60, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "huyen", code="BM1-2.1"),
      F(96.67, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "huyen", code="BM1-2"),
      F(12, "đơn vị", "xã, thị trấn được kiểm tra CCHC", "xa"),
      F(19, "vấn đề", "tồn tại phát hiện qua kiểm tra", "huyen", code="BM1-3.3.1"),
      F(17, "vấn đề", "tồn tại đã khắc phục xong", "huyen", code="BM1-3.3.2")],
     "synthetic: huyện Hoài Đức (thành phố Hà Nội), năm 2024"),
    ("news", "tinh",
     "Trong tháng 11/2025, Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang tiếp nhận gần 12.400 hồ sơ và trả kết quả 11.865 hồ sơ; tỷ lệ người dân, doanh nghiệp hài lòng khi giao dịch tại Trung tâm đạt 97,84%.",
     [F(12400, "hồ sơ", "hồ sơ Trung tâm đã tiếp nhận", "trung_tam", approx=True),
      F(11865, "hồ sơ", "hồ sơ Trung tâm đã trả kết quả", "trung_tam"),
      F(97.84, "%", "tỷ lệ hài lòng tại Trung tâm", "trung_tam")],
     "synthetic: Trung tâm Phục vụ hành chính công tỉnh Tuyên Quang, tháng 11/2025"),
    ("report", "xa",
     "6 tháng cuối năm 2025, phường Phố Hiến đã số hóa 5.214/5.380 hồ sơ tiếp nhận, đạt 96,91%; ghi nhận 1.732 giao dịch nộp phí, lệ phí trực tuyến với tổng số tiền hơn 284,6 triệu đồng.",
     [F(5214, "hồ sơ", "hồ sơ đã số hóa", "xa"),
      F(5380, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
      F(96.91, "%", "tỷ lệ số hóa hồ sơ", "xa"),
      F(1732, "giao dịch", "giao dịch nộp phí, lệ phí trực tuyến", "xa"),
      F(284.6, "triệu đồng", "số tiền phí, lệ phí nộp trực tuyến", "xa", approx=True)],
     "synthetic: phường Phố Hiến (tỉnh Hưng Yên), 6 tháng cuối năm 2025"),
    ("report", "xa",
     "Năm 2026, phường Thủy Nguyên phấn đấu đạt tỷ lệ hồ sơ trực tuyến trên 85%, số hóa 100% hồ sơ tiếp nhận và cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính so với quy định.",
     [],
     "synthetic: phường Thủy Nguyên (thành phố Hải Phòng), kế hoạch năm 2026"),
    ("news", "xa",
     "Lũy kế từ 01/7 đến 31/12/2025, xã Hóc Môn tiếp nhận 21.307 hồ sơ, trong đó hồ sơ trực tuyến chiếm 76,8% và hồ sơ trễ hạn chỉ chiếm 0,24%; bình quân mỗi ngày Trung tâm tiếp nhận khoảng 170 hồ sơ.",
     [F(21307, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", code="BM7-6.4.1"),
      F(76.8, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(0.24, "%", "tỷ lệ hồ sơ trễ hạn", "xa")],
     "synthetic: xã Hóc Môn (TP. Hồ Chí Minh), 6 tháng cuối năm 2025"),
    ("news", "xa",
     "Năm 2025, phường Hà Đông đã giải quyết chế độ nghỉ việc theo Nghị định số 178/2024/NĐ-CP cho 23 cán bộ, công chức và tiếp nhận thêm 6 công chức từ các sở, ngành thành phố tăng cường về làm việc tại phường.",
     [F(23, "người", "cán bộ, công chức nghỉ việc theo Nghị định 178", "xa"),
      F(6, "người", "công chức được tăng cường về phường", "xa")],
     "synthetic: phường Hà Đông (thành phố Hà Nội), năm 2025"),
]

VALID_SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
VALID_LEVELS = {"tinh", "huyen", "xa", "so_nganh"}


def vn_forms(v):
    """Possible printed forms of a value in Vietnamese number format."""
    forms = set()
    if float(v).is_integer():
        i = int(v)
        forms.add(f"{i:,}".replace(",", "."))
        forms.add(str(i))
        for div, word in ((1_000_000, "triệu"), (1000, "nghìn"), (1000, "ngàn")):
            if i % (div // 10) == 0 and i >= div:
                x = i / div
                s = (f"{x:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
                forms.add(f"{s} {word}")
    s = repr(float(v)).rstrip("0").rstrip(".")
    forms.add(s.replace(".", ","))
    return forms


def main():
    codes = set()
    with open(CATALOG, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            codes.add(f"BM{r['form']}-{r['code']}")
    rows, srcs, texts = [], [], set()
    n_syn = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H24-B-{i:03d}"
        text = unicodedata.normalize("NFC", text)
        assert text not in texts, cid
        texts.add(text)
        assert kind in ("report", "news") and level in VALID_LEVELS, cid
        for fa in facts:
            assert set(fa) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert fa["scope"] in VALID_SCOPES, (cid, fa)
            assert fa["code"] == "" or fa["code"] in codes, (cid, fa["code"])
            hit = any(f in text for f in vn_forms(fa["value"]))
            if fa["value"] == 1700:
                hit = hit or "1,7 nghìn tỷ" in text
            assert hit, (cid, fa["value"])
        if src.startswith("synthetic:"):
            n_syn += 1
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append([cid, src])
    assert n_syn * 2 <= len(CASES), "synthetic over half"
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for cid, s in srcs:
            f.write(f"{cid}\t{s}\n")
    # re-read and check
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8", newline="") as f:
        back = list(csv.DictReader(f))
    nf = nc = na = 0
    scopes = {}
    for r in back:
        assert unicodedata.is_normalized("NFC", r["text"])
        fs = json.loads(r["facts"])
        nf += len(fs)
        nc += sum(1 for x in fs if x["code"])
        na += sum(1 for x in fs if x["approx"])
        for x in fs:
            scopes[x["scope"]] = scopes.get(x["scope"], 0) + 1
    real = [r for r, (_, _, _, _, s) in zip(back, CASES) if not s.startswith("synthetic")]
    rf = sum(len(json.loads(r["facts"])) for r in real)
    rc = sum(sum(1 for x in json.loads(r["facts"]) if x["code"]) for r in real)
    print(f"cases {len(back)} real {len(real)} synthetic {n_syn}")
    print(f"facts {nf} (real {rf}) coded {nc} (real {rc}) approx {na}")
    print("empty", [r["case_id"] for r in back if r["facts"] == "[]"])
    print("scopes", scopes)
    print("levels", {l: sum(1 for r in back if r["doc_level"] == l) for l in VALID_LEVELS})
    print("kinds", {k: sum(1 for r in back if r["source_kind"] == k) for k in ("news", "report")})


if __name__ == "__main__":
    main()
