#!/usr/bin/env python3
"""Held-out set 32-B (narrative): holds the cases, validates them, writes cases.csv and sources_by_case.tsv."""
import csv, json, os, sys, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"
EARLIER = "/work/holdout32/earlier"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


U_CAOLANH = "https://thongtin.vietnam.vn/en/phuong-cao-lanh-xu-ly-tren-3-000-ho-so-sau-4-ngay-hoat-dong"
U_DHT = "https://thongtin.vietnam.vn/en/truong-doan-dbqh-tphcm-khao-sat-hoat-dong-chinh-quyen-cap-xa-tai-phuong-dong-hung-thuan"
U_DUCTRONG = "https://vjs.vietnam.vn/en/doan-cong-tac-cua-bo-va-so-noi-vu-lam-dong-nam-bat-tinh-hinh-trien-khai-chinh-quyen-dia-phuong-2-cap-tai-duc-trong"
U_DAUTIENG = "https://baobinhduong.vn/en/administrative-reform-in-dau-tieng-gains-good-results-a281462.html"
U_CUCHI = "https://hethongphapluat.vn/bao-cao-2273-bc-ubnd-2fd077e195d073ebdbe6580ed2e56b10.html"
U_LT2024 = "https://en.baohoabinh.com.vn/2/10298/Lac-Thuy-district-cr101ates-breakthroughs-in-administrative-re102orm.htm"
U_LT8810 = "https://baohoabinh.com.vn/en/2/8810/Lac-Thuy-implements-digitalisati111n-in-handling-administrative-procedures.htm"
U_LT9415 = "http://en.baohoabinh.com.vn/2/9415/Lac-Thuy-district-strengthens-provisi111n-of-111nline-public-services.htm"
U_HSP = "https://baohagiang.vn/english/administrative-reform/202503/administrative-reform-in-hoang-su-phi-faster-more-convenient-and-more-transparent-3de07bd"

# (source_kind, doc_level, text, facts, source)
CASES = [
    # ---------------- real ----------------
    ("news", "xa",
     "Trong 4 ngày đầu đi vào hoạt động, Trung tâm Phục vụ hành chính công phường Cao Lãnh (tỉnh Đồng Tháp) đã tiếp nhận và giải quyết hơn 3.082 hồ sơ, chủ yếu thuộc lĩnh vực chứng thực tư pháp; bình quân mỗi ngày Trung tâm phục vụ hơn 700 lượt người.",
     [F(3082, "hồ sơ", "hồ sơ tiếp nhận và giải quyết", "xa", True)],
     U_CAOLANH),
    ("news", "xa",
     "Cũng trong thời gian này, Trung tâm tiếp nhận 01 phản ánh, kiến nghị về thủ tục hành chính trong lĩnh vực đất đai và đã xử lý xong 01 phản ánh, kiến nghị đó; đồng thời tư vấn qua điện thoại cho 30 trường hợp hỏi về tình trạng hồ sơ.",
     [F(1, "PAKN", "PAKN về TTHC đã tiếp nhận", "xa", False, "BM3-3.4.1"),
      F(1, "PAKN", "PAKN đã xử lý xong", "xa", False, "BM3-3.4.2"),
      F(30, "trường hợp", "tư vấn qua điện thoại về tình trạng hồ sơ", "xa")],
     U_CAOLANH),
    ("news", "xa",
     "Tính đến ngày 9/7/2025, Trung tâm Phục vụ hành chính công phường Đông Hưng Thuận (TP.HCM) đã tiếp nhận và giải quyết 787 hồ sơ, không có hồ sơ trễ hạn; đồng thời hướng dẫn 126 trường hợp về đăng ký kinh doanh, xác nhận tình trạng hôn nhân, hỗ trợ hỏa táng, bảo trợ xã hội cho người trên 80 tuổi, người khuyết tật.",
     [F(787, "hồ sơ", "hồ sơ tiếp nhận và giải quyết", "xa"),
      F(126, "trường hợp", "trường hợp được hướng dẫn thủ tục", "xa")],
     U_DHT),
    ("news", "xa",
     "Trung tâm Phục vụ hành chính công phường Đông Hưng Thuận hiện bố trí 5 công chức chuyên trách và 7 công chức, người lao động kiêm nhiệm từ các phòng chuyên môn để tiếp nhận, trả kết quả hồ sơ và hướng dẫn người dân.",
     [],
     U_DHT),
    ("news", "xa",
     "Từ ngày 01/7 đến ngày 10/9/2025, Bộ phận Một cửa xã Đức Trọng (tỉnh Lâm Đồng) tiếp nhận 4.601 hồ sơ, trong đó 99,17% hồ sơ được nộp trực tuyến; tỷ lệ giải quyết hồ sơ đúng hạn đạt 98,9%.",
     [F(4601, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1"),
      F(99.17, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
      F(98.9, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")],
     U_DUCTRONG),
    ("news", "xa",
     "Sau sáp nhập, xã Đức Trọng có hơn 85.000 dân, trong đó gần 32.000 người dân tộc thiểu số sinh sống ở 49 thôn; trong giai đoạn đầu chuyển đổi, xã ghi nhận 35 hồ sơ quá hạn do hệ thống công nghệ thông tin chưa ổn định và hồ sơ cư trú tăng đột biến.",
     [F(35, "hồ sơ", "hồ sơ quá hạn", "xa")],
     U_DUCTRONG),
    ("news", "huyen",
     "Đến nay, huyện Dầu Tiếng (tỉnh Bình Dương) đã niêm yết công khai 100% TTHC thuộc thẩm quyền cấp huyện do UBND tỉnh công bố tại Trung tâm Hành chính công và Cổng thông tin điện tử huyện, gồm 281 TTHC thuộc 50 lĩnh vực cấp huyện và 133 TTHC thuộc 35 lĩnh vực cấp xã.",
     [F(100, "%", "tỷ lệ TTHC cấp huyện được công khai", "huyen"),
      F(281, "TTHC", "TTHC thuộc thẩm quyền cấp huyện được công khai", "huyen", False, "BM3-1.4.2"),
      F(133, "TTHC", "TTHC thuộc thẩm quyền cấp xã được công khai", "xa", False, "BM3-1.4.3")],
     U_DAUTIENG),
    ("news", "huyen",
     "Qua phân tích kết quả Chỉ số CCHC năm 2021, huyện Dầu Tiếng đã vươn lên vị trí thứ 4/9 huyện, thị xã, thành phố của tỉnh; đoàn kiểm tra của tỉnh làm việc với huyện ngày 07/10/2022.",
     [],
     U_DAUTIENG),
    ("report", "huyen",
     "Qua đó, 100% TTHC được công khai niêm yết; Bộ phận Một cửa huyện Củ Chi thực hiện 203 thủ tục hành chính thuộc thẩm quyền giải quyết, trong đó có 16 TTHC cung cấp dịch vụ công trực tuyến mức độ 3.",
     [F(100, "%", "tỷ lệ TTHC được công khai niêm yết", "huyen"),
      F(203, "TTHC", "TTHC thuộc thẩm quyền giải quyết của huyện", "huyen", False, "BM3-1.4.2"),
      F(16, "TTHC", "TTHC cung cấp dịch vụ công trực tuyến mức độ 3", "huyen", False, "BM7-6.1.2")],
     U_CUCHI),
    ("report", "huyen",
     "Ủy ban nhân dân huyện Củ Chi đã ban hành Kế hoạch số 1939/KH-UBND ngày 10/3/2022 triển khai đến các phòng, ban chuyên môn và UBND các xã - thị trấn những nội dung trọng tâm năm 2022 về công bố, công khai và tổ chức thực hiện TTHC theo cơ chế một cửa, một cửa liên thông.",
     [],
     U_CUCHI),
    ("news", "huyen",
     "Năm 2024, UBND huyện Lạc Thủy (tỉnh Hòa Bình) ban hành 01 văn bản quy phạm pháp luật quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Thanh tra huyện; đồng thời rà soát 17 văn bản quy phạm pháp luật thuộc thẩm quyền của các cơ quan, đơn vị, trong đó giữ nguyên 15 văn bản và thay thế 01 văn bản.",
     [F(1, "văn bản", "VBQPPL do cấp huyện ban hành", "huyen", False, "BM2-1.2"),
      F(17, "văn bản", "VBQPPL đã rà soát", "huyen"),
      F(15, "văn bản", "VBQPPL giữ nguyên sau rà soát", "huyen"),
      F(1, "văn bản", "VBQPPL được thay thế sau rà soát", "huyen")],
     U_LT2024),
    ("news", "huyen",
     "Từ đầu năm đến cuối tháng 8, huyện Lạc Thủy tiếp nhận 5.673 hồ sơ thủ tục hành chính, trong đó 5.251 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công, chiếm 92,5%, vượt 37,5% so với chỉ tiêu tỉnh giao.",
     [F(5673, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "huyen", False, "BM7-6.4.1"),
      F(5251, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4.2"),
      F(92.5, "%", "tỷ lệ hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4")],
     U_LT8810),
    ("news", "huyen",
     "Huyện Lạc Thủy đã chỉ đạo thành lập 113 tổ công nghệ số cộng đồng, trong đó có 01 tổ cấp huyện; kết quả khảo sát cho thấy trên 98% người dân, doanh nghiệp hài lòng với việc giải quyết thủ tục hành chính.",
     [F(98, "%", "tỷ lệ người dân, doanh nghiệp hài lòng", "huyen", True)],
     U_LT8810),
    ("news", "huyen",
     "Tính đến giữa tháng 3, huyện Lạc Thủy đã tiếp nhận 7.021 hồ sơ nộp trực tuyến trên tổng số 7.355 hồ sơ, đạt 95,46%.",
     [F(7021, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4.2"),
      F(7355, "hồ sơ", "tổng số hồ sơ tiếp nhận", "huyen", False, "BM7-6.4.1"),
      F(95.46, "%", "tỷ lệ hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4")],
     U_LT9415),
    ("news", "huyen",
     "Để đẩy mạnh ứng dụng công nghệ thông tin trong lãnh đạo, chỉ đạo, huyện Lạc Thủy đã tổ chức 24 cuộc họp bằng hệ thống phòng họp không giấy tờ; 100% cơ quan và UBND các xã, thị trấn trao đổi văn bản trên môi trường mạng và sử dụng chữ ký số.",
     [F(24, "cuộc họp", "cuộc họp dùng phòng họp không giấy tờ", "huyen"),
      F(100, "%", "tỷ lệ cơ quan, UBND xã trao đổi văn bản điện tử", "huyen")],
     U_LT9415),
    ("news", "huyen",
     "Năm 2024, huyện Hoàng Su Phì (tỉnh Hà Giang) tiếp nhận gần 27.579 hồ sơ, trong đó 99% hồ sơ được giải quyết trước hạn và 99,5% hồ sơ được số hóa.",
     [F(27579, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "huyen", True, "BM7-6.4.1"),
      F(99, "%", "tỷ lệ hồ sơ giải quyết trước hạn", "huyen"),
      F(99.5, "%", "tỷ lệ hồ sơ được số hóa", "huyen")],
     U_HSP),
    ("news", "huyen",
     "Trong năm, huyện tổ chức 1.267 đợt tuyên truyền với hơn 80.357 lượt người tham gia, in và phát hơn 6.000 chiếc quạt nhựa in nội dung pháp luật, tổ chức 5 cuộc thi tìm hiểu pháp luật và thực hiện 908 chương trình phát thanh với khoảng 108.914 lượt người nghe.",
     [F(1267, "đợt", "đợt tuyên truyền", "huyen"),
      F(80357, "lượt người", "lượt người tham gia tuyên truyền", "huyen", True),
      F(6000, "chiếc", "quạt nhựa in nội dung pháp luật được phát", "huyen", True),
      F(5, "cuộc thi", "cuộc thi tìm hiểu pháp luật", "huyen"),
      F(908, "chương trình", "chương trình phát thanh", "huyen"),
      F(108914, "lượt người", "lượt người nghe phát thanh", "huyen", True)],
     U_HSP),
    # ---------------- synthetic ----------------
    ("report", "xa",
     "Quý III/2025, UBND phường Hạ Long (tỉnh Quảng Ninh) tiếp nhận 17 phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; đã giải quyết xong 16 phản ánh, kiến nghị (đạt 94,12%), 01 phản ánh đang được xem xét trong hạn.",
     [F(17, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", False, "BM3-3.4.1"),
      F(16, "PAKN", "PAKN đã giải quyết xong", "xa", False, "BM3-3.4.2"),
      F(94.12, "%", "tỷ lệ giải quyết PAKN", "xa", False, "BM3-3.4"),
      F(1, "PAKN", "PAKN đang xem xét", "xa")],
     "synthetic: phường Hạ Long (Quảng Ninh), quý III/2025"),
    ("report", "xa",
     "Từ khi vận hành chính quyền hai cấp đến ngày 15/12/2025, xã Bảo Yên (tỉnh Lào Cai) đã ban hành 27 kế hoạch, công văn chỉ đạo về cải cách hành chính; trong 41 nhiệm vụ của Kế hoạch CCHC năm 2025, xã hoàn thành 36 nhiệm vụ, đạt 87,80%.",
     [F(27, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "xa", False, "BM1-1"),
      F(41, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", False, "BM1-2.1"),
      F(36, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", False, "BM1-2.2"),
      F(87.8, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", False, "BM1-2")],
     "synthetic: xã Bảo Yên (Lào Cai), 01/7–15/12/2025"),
    ("report", "xa",
     "Năm 2025, UBND phường Vị Thanh (thành phố Cần Thơ) kiểm tra công tác cải cách hành chính tại 7 khu vực và Trung tâm Phục vụ hành chính công phường; qua kiểm tra phát hiện 13 vấn đề, đến nay đã xử lý xong 10 vấn đề, đạt 76,92%, phấn đấu xử lý dứt điểm trong quý I/2026.",
     [F(7, "khu vực", "khu vực được kiểm tra CCHC", "xa"),
      F(13, "vấn đề", "vấn đề phát hiện qua kiểm tra", "xa", False, "BM1-3.3.1"),
      F(10, "vấn đề", "vấn đề đã xử lý xong", "xa", False, "BM1-3.3.2"),
      F(76.92, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "xa", False, "BM1-3.3")],
     "synthetic: phường Vị Thanh (Cần Thơ), năm 2025"),
    ("report", "huyen",
     "Năm 2024, huyện Tam Nông (tỉnh Phú Thọ) đã tinh giản 12 biên chế công chức, tuyển dụng 9 công chức thông qua thi tuyển và xét chuyển 2 cán bộ, công chức cấp xã thành công chức cấp huyện.",
     [F(12, "biên chế", "biên chế đã tinh giản", "huyen", False, "BM4-2.4"),
      F(9, "người", "công chức được tuyển dụng qua thi tuyển", "huyen", False, "BM5-2.1"),
      F(2, "người", "cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện", "huyen", False, "BM5-2.3")],
     "synthetic: huyện Tam Nông (Phú Thọ, before 1/7/2025), năm 2024"),
    ("report", "xa",
     "Quý IV/2025, đặc khu Cô Tô (tỉnh Quảng Ninh) phát hành 1.173 văn bản đi dưới dạng điện tử có ký số, đạt 97,9% tổng số văn bản đi (trừ văn bản mật); 100% văn bản đến được tiếp nhận, xử lý trên hệ thống quản lý văn bản và điều hành.",
     [F(1173, "văn bản", "văn bản đi dạng điện tử có ký số", "xa"),
      F(97.9, "%", "tỷ lệ văn bản điện tử", "xa", False, "BM7-5.2.3"),
      F(100, "%", "tỷ lệ văn bản đến được xử lý trên hệ thống", "xa")],
     "synthetic: đặc khu Cô Tô (Quảng Ninh), quý IV/2025"),
    ("report", "huyen",
     "Kế hoạch vốn đầu tư công năm 2024 giao cho huyện Yên Lập (tỉnh Phú Thọ) là 213.500 triệu đồng; đến ngày 31/01/2025, huyện đã giải ngân 186.420 triệu đồng, đạt 87,32% kế hoạch, tăng 4,6% so với cùng kỳ năm trước.",
     [F(213500, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "huyen", False, "BM6-1.1"),
      F(186420, "triệu đồng", "vốn đầu tư công đã giải ngân", "huyen", False, "BM6-1.2"),
      F(87.32, "%", "tỷ lệ giải ngân vốn đầu tư công", "huyen", False, "BM6-1")],
     "synthetic: huyện Yên Lập (Phú Thọ, before 1/7/2025), năm 2024"),
    ("report", "xa",
     "Tháng 11/2025, Trung tâm Phục vụ hành chính công xã Mường Tè (tỉnh Lai Châu) tiếp nhận 634 hồ sơ, trong đó 563 hồ sơ trực tuyến (88,80%); đã giải quyết 608 hồ sơ, trong đó 601 hồ sơ đúng hạn, đạt 98,85%, còn 7 hồ sơ trễ hạn; bình quân mỗi ngày tiếp nhận khoảng 29 hồ sơ.",
     [F(634, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1"),
      F(563, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
      F(88.8, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "BM7-6.4"),
      F(608, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(601, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(98.85, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
      F(7, "hồ sơ", "hồ sơ trễ hạn", "xa")],
     "synthetic: xã Mường Tè (Lai Châu), tháng 11/2025"),
    ("report", "xa",
     "Chín tháng năm 2026, HĐND và UBND phường Thủ Đức (TP.HCM) ban hành 4 văn bản quy phạm pháp luật; qua tự kiểm tra 4 văn bản, phát hiện 01 văn bản có nội dung cần xử lý và đã xử lý xong; phường đặt mục tiêu 100% văn bản được kiểm tra ngay sau khi ban hành.",
     [F(4, "văn bản", "VBQPPL do cấp xã ban hành", "xa", False, "BM2-1.3"),
      F(4, "văn bản", "VBQPPL đã tự kiểm tra", "xa"),
      F(1, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "xa", False, "BM2-2.2.1"),
      F(1, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "xa", False, "BM2-2.2.2")],
     "synthetic: phường Thủ Đức (TP Hồ Chí Minh), 9 tháng 2026"),
]

SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
KINDS = {"report", "news"}


def load_codes():
    codes = set()
    with open(CATALOG, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            codes.add(f"BM{r['form']}-{r['code']}")
    return codes


def earlier_urls():
    urls = set()
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "sources_by_case.tsv")):
        with open(p, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2 and not parts[1].startswith("synthetic"):
                    urls.add(parts[1].strip())
    return urls


def main():
    codes = load_codes()
    used = earlier_urls()
    errs = []
    texts = set()
    n_real = n_syn = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H32-B-{i:03d}"
        if kind not in KINDS: errs.append(f"{cid} kind")
        if level not in LEVELS: errs.append(f"{cid} level")
        if unicodedata.normalize("NFC", text) != text: errs.append(f"{cid} not NFC")
        if text in texts: errs.append(f"{cid} duplicate text")
        texts.add(text)
        for fa in facts:
            if set(fa) != {"value", "unit", "measure", "scope", "approx", "code"}: errs.append(f"{cid} keys")
            if fa["scope"] not in SCOPES: errs.append(f"{cid} scope {fa['scope']}")
            if fa["code"] and fa["code"] not in codes: errs.append(f"{cid} code {fa['code']}")
            if not isinstance(fa["value"], (int, float)): errs.append(f"{cid} value")
            if not isinstance(fa["approx"], bool): errs.append(f"{cid} approx")
            for s in (fa["unit"], fa["measure"]):
                if unicodedata.normalize("NFC", s) != s: errs.append(f"{cid} fact not NFC")
        if src.startswith("synthetic:"):
            n_syn += 1
        else:
            n_real += 1
            if src in used: errs.append(f"{cid} url used before: {src}")
    if n_syn > n_real: errs.append("too many synthetic")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
            w.writerow([f"H32-B-{i:03d}", kind, level, text, json.dumps(facts, ensure_ascii=False)])
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for i, c in enumerate(CASES, 1):
            f.write(f"H32-B-{i:03d}\t{c[4]}\n")
    # re-read check
    nf = nc = 0
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        fl = json.loads(r["facts"])
        nf += len(fl); nc += sum(1 for x in fl if x["code"])
    real_f = sum(len(c[3]) for c in CASES if not c[4].startswith("synthetic"))
    real_c = sum(sum(1 for x in c[3] if x["code"]) for c in CASES if not c[4].startswith("synthetic"))
    print(f"OK cases={len(rows)} real={n_real} synthetic={n_syn} facts={nf} (real {real_f}) coded={nc} (real {real_c}) "
          f"empty={sum(1 for c in CASES if not c[3])} approx={sum(1 for c in CASES for x in c[3] if x['approx'])}")


if __name__ == "__main__":
    main()
