#!/usr/bin/env python3
"""Holds the H36-B cases, validates them and writes cases.csv + sources_by_case.tsv."""
import csv, json, os, re, unicodedata, glob

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"
EARLIER = "/work/holdout36/earlier"


def F(value, unit, measure, scope="xa", approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


# (source_kind, doc_level, text, facts, source)
CASES = [
    # ---------------- REAL ----------------
    ("news", "xa",
     "Trong quý 3-2025, tại xã Xuân Thới Sơn (TPHCM), tỷ lệ hồ sơ hành chính được giải quyết đúng hạn trên các lĩnh vực và tỷ lệ người dân, doanh nghiệp đánh giá hài lòng về kết quả giải quyết ở từng lĩnh vực đều đạt 100%; hồ sơ đủ điều kiện nộp trực tuyến trên Cổng Dịch vụ công quốc gia đạt tỷ lệ trên 92,2%.",
     [F(100, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", code="BM3-3.3"),
      F(100, "%", "tỷ lệ đánh giá hài lòng về kết quả giải quyết hồ sơ"),
      F(92.2, "%", "tỷ lệ hồ sơ đủ điều kiện nộp trực tuyến trên Cổng DVC quốc gia", approx=True)],
     "https://www.sggp.org.vn/xa-xuan-thoi-son-tphcm-tap-trung-cong-tac-cham-lo-an-sinh-xa-hoi-post814744.html"),
    ("news", "xa",
     "Tại kỳ họp thường lệ cuối năm 2025, HĐND phường Trấn Biên (Đồng Nai) đã lấy ý kiến và thông qua 10 nghị quyết, trong đó có kế hoạch tổ chức các kỳ họp thường lệ năm 2026, dự toán thu – chi ngân sách phường năm 2026 và kế hoạch đầu tư công năm 2026.",
     [F(10, "văn bản", "nghị quyết được HĐND phường thông qua")],
     "https://tranbien.dongnai.gov.vn/vi/news/hoat-dong-chinh-quyen-nha-nuoc/ky-hop-hdnd-phuong-tran-bien-thong-qua-10-nghi-quyet-quan-trong-421.html"),
    ("news", "xa",
     "Trên cơ sở các tờ trình của UBND phường và báo cáo thẩm tra của các Ban, kỳ họp thứ Tư HĐND phường Diên Hồng (Gia Lai) đã thảo luận, thông qua 9 nghị quyết, gồm quy chế làm việc của HĐND phường, điều chỉnh kế hoạch đầu tư công năm 2025, kế hoạch phát triển kinh tế - xã hội năm 2026 và việc tạm giao biên chế cán bộ, công chức của phường năm 2026.",
     [F(9, "văn bản", "nghị quyết được HĐND phường thông qua")],
     "https://baogialai.com.vn/hdnd-phuong-dien-hong-thong-qua-9-nghi-quyet-quan-trong-post576192.html"),
    ("news", "xa",
     "Năm 2025, thu ngân sách trên địa bàn phường Vĩnh Phúc (Phú Thọ) ước đạt hơn 1.193 tỷ đồng, bằng hơn 578% dự toán giao; vốn đầu tư công từ nguồn ngân sách nhà nước thực hiện trên địa bàn ước gần 676 tỷ đồng, đạt 509% chỉ tiêu kế hoạch.",
     [],
     "https://baophutho.vn/hdnd-phuong-vinh-phuc-thong-qua-8-nghi-quyet-quan-trong-tai-ky-hop-thu-tu-244782.htm"),
    ("news", "xa",
     "Ngày 26/12, tại kỳ họp thứ Tư (kỳ họp thường lệ cuối năm), HĐND phường Vĩnh Phúc nhiệm kỳ 2021 - 2026 đã xem xét và thông qua 8 nghị quyết quan trọng.",
     [F(8, "văn bản", "nghị quyết được HĐND phường thông qua")],
     "https://baophutho.vn/hdnd-phuong-vinh-phuc-thong-qua-8-nghi-quyet-quan-trong-tai-ky-hop-thu-tu-244782.htm"),
    ("report", "xa",
     "Năm 2025, xã Đồng Lương (Thanh Hóa) hoàn thành 26/26 chỉ tiêu tỉnh giao; đã xóa 306 nhà tạm, nhà dột nát, đạt 100% số nhà cần xóa; thu nhập bình quân đầu người đạt 38,47 triệu đồng/năm và thu ngân sách tăng bình quân 10%.",
     [F(26, "chỉ tiêu", "chỉ tiêu tỉnh giao đã hoàn thành"),
      F(26, "chỉ tiêu", "chỉ tiêu tỉnh giao"),
      F(306, "nhà", "nhà tạm, nhà dột nát đã xóa"),
      F(100, "%", "tỷ lệ nhà tạm, dột nát đã xóa so với số cần xóa")],
     "https://dongluong.thanhhoa.gov.vn/kinh-te-chinh-tri/hdnd-xa-dong-luong-thong-qua-nhieu-nghi-quyet-quan-trong-tai-ky-hop-thuong-le-cuoi-nam-2025-644508"),
    ("news", "xa",
     "Năm 2025, thu ngân sách xã Xuân Lãng (Phú Thọ) ước đạt hơn 462 tỷ đồng, bằng 557,7% dự toán được giao. Tại kỳ họp thứ Bảy ngày 25/12, HĐND xã đã biểu quyết thông qua 07 nghị quyết, trong đó có dự toán, phân bổ ngân sách xã và kế hoạch đầu tư công năm 2026.",
     [F(7, "văn bản", "nghị quyết được HĐND xã thông qua")],
     "https://baophutho.vn/xa-xuan-lang-thong-qua-7-nghi-quyet-quan-trong-tao-da-but-pha-cho-nam-2026-244719.htm"),
    ("news", "xa",
     "Năm 2025, tổng giá trị sản xuất của xã Nguyệt Đức tăng 9,6% so với cùng kỳ năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 86,4 tỷ đồng; năm 2026, xã đề ra 18 chỉ tiêu, phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng.",
     [],
     "https://baophutho.vn/ky-hop-thu-4-hdnd-xa-nguyet-duc-khoa-xxii-nhiem-ky-2021-2026-244590.htm"),
    ("news", "xa",
     "Chiều 28/8, tại Kỳ họp thứ 2, HĐND xã An Nông (Thanh Hóa) đã biểu quyết thông qua 9 nghị quyết, trong đó có nghị quyết phê chuẩn kế hoạch đầu tư công vốn ngân sách nhà nước năm 2025 và dự toán thu ngân sách nhà nước, chi ngân sách địa phương năm 2025.",
     [F(9, "văn bản", "nghị quyết được HĐND xã thông qua")],
     "https://baothanhhoa.vn/ky-hop-thu-2-hdnd-xa-an-nong-thong-qua-9-nghi-quyet-quan-trong-259870.htm"),
    ("news", "xa",
     "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025 của xã Quảng Bình đề ra 20 chỉ tiêu chủ yếu, trong đó thu nhập bình quân đầu người đạt 72 triệu đồng, giải quyết việc làm mới cho 566 lao động và tỷ lệ lao động qua đào tạo đạt 81%.",
     [],
     "https://baothanhhoa.vn/hoi-dong-nhan-dan-xa-quang-binh-ky-hop-thu-2-thao-luan-nhieu-noi-dung-quan-trong-257377.htm"),
    ("news", "xa",
     "Ngày 21/8, tại kỳ họp thứ Ba (kỳ họp chuyên đề), các đại biểu HĐND phường Tam Thắng (TPHCM) đã biểu quyết thông qua 5 nghị quyết, trong đó có dự toán thu, chi ngân sách địa phương năm 2025 và phương án phân bổ dự toán của phường sau sắp xếp.",
     [F(5, "văn bản", "nghị quyết được HĐND phường thông qua")],
     "https://baobariavungtau.com.vn/chinh-tri/202508/hdnd-phuong-tam-thang-thong-qua-5-nghi-quyet-quan-trong-1048421/"),
    ("news", "huyen",
     "Năm 2024, huyện Hà Trung có 19/25 chỉ tiêu hoàn thành và hoàn thành vượt kế hoạch, trong đó 6/25 chỉ tiêu vượt kế hoạch; tốc độ tăng giá trị sản xuất đạt 8,48%.",
     [F(19, "chỉ tiêu", "chỉ tiêu hoàn thành và hoàn thành vượt kế hoạch", "huyen"),
      F(25, "chỉ tiêu", "tổng số chỉ tiêu kế hoạch", "huyen"),
      F(6, "chỉ tiêu", "chỉ tiêu vượt kế hoạch", "huyen"),
      F(25, "chỉ tiêu", "tổng số chỉ tiêu kế hoạch", "huyen")],
     "https://baothanhhoa.vn/ha-trung-19-25-chi-tieu-hoan-thanh-va-hoan-thanh-vuot-ke-hoach-234225.htm"),
    ("report", "huyen",
     "Cũng trong năm 2024, công tác giải phóng mặt bằng của huyện Hà Trung đạt 127,42% kế hoạch tỉnh giao, đấu giá quyền sử dụng đất thu được hơn 168 tỷ đồng; tổng thu ngân sách nhà nước ước đạt 1.766,67 tỷ đồng.",
     [F(127.42, "%", "tỷ lệ giải phóng mặt bằng so với kế hoạch tỉnh giao", "huyen"),
      F(168, "tỷ đồng", "tiền đấu giá quyền sử dụng đất", "huyen", approx=True)],
     "https://baothanhhoa.vn/ha-trung-19-25-chi-tieu-hoan-thanh-va-hoan-thanh-vuot-ke-hoach-234225.htm"),
    ("news", "huyen",
     "Kỳ họp thứ 20 HĐND huyện Hà Trung (tháng 7/2024) đã xem xét, thông qua 12 nghị quyết. Trong 6 tháng đầu năm 2024, trong 13/15 chỉ tiêu đã đánh giá có 3 chỉ tiêu hoàn thành kế hoạch và 6 chỉ tiêu cận hoàn thành; giải phóng mặt bằng đạt 95,2% kế hoạch, thu ngân sách nhà nước ước đạt 80% dự toán tỉnh giao.",
     [F(12, "văn bản", "nghị quyết được HĐND huyện thông qua", "huyen"),
      F(13, "chỉ tiêu", "chỉ tiêu đã đánh giá", "huyen"),
      F(15, "chỉ tiêu", "tổng số chỉ tiêu", "huyen"),
      F(3, "chỉ tiêu", "chỉ tiêu đã hoàn thành kế hoạch", "huyen"),
      F(6, "chỉ tiêu", "chỉ tiêu cận hoàn thành kế hoạch", "huyen"),
      F(95.2, "%", "tỷ lệ giải phóng mặt bằng so với kế hoạch", "huyen")],
     "https://baothanhhoa.vn/ky-hop-thu-20-hdnd-huyen-ha-trung-xem-xet-thong-qua-12-nghi-quyet-219290.htm"),
    ("news", "huyen",
     "Năm 2024, giá trị sản xuất của huyện Chư Pưh (Gia Lai) tăng 8,79% so với năm 2023, thu nhập bình quân đầu người đạt 58,43 triệu đồng/người/năm. Tại kỳ họp thứ 18, HĐND huyện đã thông qua 16 nghị quyết quan trọng để triển khai nhiệm vụ năm 2025 và những năm tiếp theo.",
     [F(16, "văn bản", "nghị quyết được HĐND huyện thông qua", "huyen")],
     "https://baogialai.com.vn/ky-hop-thu-18-hdnd-huyen-chu-puh-khoa-x-thong-qua-16-nghi-quyet-post305408.html"),
    ("news", "xa",
     "Ngày 31/12/2024, với sự có mặt của 25/25 đại biểu, Kỳ họp thứ 9 HĐND xã Thành Long (huyện Châu Thành, Tây Ninh) đã biểu quyết thông qua 04 nghị quyết, trong đó có kế hoạch phát triển kinh tế - xã hội năm 2025 và dự toán thu, chi ngân sách xã năm 2025.",
     [F(4, "văn bản", "nghị quyết được HĐND xã thông qua")],
     "https://hdnd.tayninh.gov.vn/vi/news/thong-tin-co-so/hoi-dong-nhan-dan-xa-thanh-long-huyen-chau-thanh-to-chuc-ky-hop-thu-9-hoi-dong-nhan-dan-xa-khoa-xii-nhiem-ky-2021-2026-11743.html"),
    ("news", "huyen",
     "Từ năm 2021 đến giữa nhiệm kỳ, HĐND huyện Ninh Hải đã tổ chức 10 kỳ họp, gồm 6 kỳ họp thường lệ và 4 kỳ họp chuyên đề; tại kỳ họp thứ 11 (chuyên đề) ngày 14/11, HĐND huyện thông qua 3 tờ trình về kế hoạch sử dụng đất năm 2024 và điều chỉnh kế hoạch đầu tư công năm 2023.",
     [F(10, "kỳ họp", "kỳ họp HĐND huyện đã tổ chức", "huyen"),
      F(6, "kỳ họp", "kỳ họp thường lệ đã tổ chức", "huyen"),
      F(4, "kỳ họp", "kỳ họp chuyên đề đã tổ chức", "huyen"),
      F(3, "văn bản", "tờ trình được HĐND huyện thông qua", "huyen")],
     "https://vietnam.vn/ninhthuan/hdnd-huyen-ninh-hai-to-chuc-hoi-nghi-so-ket-giua-nhiem-ky-va-ky-hop-thu-11-chuyen-de"),
    ("news", "huyen",
     "Tại kỳ họp, HĐND huyện Lục Nam đã nghe UBND huyện và Thường trực HĐND huyện trình 6 tờ trình, dự thảo nghị quyết và biểu quyết thông qua 6 nghị quyết, trong đó có điều chỉnh, bổ sung dự toán ngân sách nhà nước và kế hoạch đầu tư công năm 2024.",
     [F(6, "văn bản", "tờ trình, dự thảo nghị quyết đã xem xét", "huyen"),
      F(6, "văn bản", "nghị quyết được HĐND huyện thông qua", "huyen")],
     "https://baobacgiang.vn/bg2/luc-nam/hdnd-huyen-luc-nam-thong-qua-6-nghi-quyet-postid393705.bbg"),
    ("news", "xa",
     "Sau khi xem xét, thảo luận các báo cáo, tờ trình, HĐND phường Phú Xuân (thành phố Huế) thống nhất thông qua 7 nghị quyết, trong đó có nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2025, phân bổ dự toán ngân sách năm 2025 và đổi tên các tổ dân phố.",
     [F(7, "văn bản", "nghị quyết được HĐND phường thông qua")],
     "https://huengaynay.vn/chinh-tri-xa-hoi/quyet-nghi-nhieu-noi-dung-quan-trong-ve-kinh-te-xa-hoi-158013.html"),
    ("news", "xa",
     "Từ ngày 01/7 đến ngày 28/8/2025, Bộ phận Tiếp công dân xã An Nghĩa (Phú Thọ) đã tiếp 49 lượt công dân; Chủ tịch UBND xã tiếp công dân định kỳ vào thứ Năm hằng tuần và đã tiếp 04 đoàn với 08 công dân.",
     [F(49, "lượt", "lượt công dân được tiếp"),
      F(4, "đoàn", "đoàn công dân Chủ tịch UBND xã tiếp định kỳ"),
      F(8, "người", "công dân trong các đoàn được tiếp định kỳ")],
     "https://baophutho.vn/an-nghia-chu-trong-cong-tac-tiep-cong-dan-238845.htm"),
    ("news", "xa",
     "HĐND xã Hiệp Xương (huyện Phú Tân) phối hợp với Ủy ban MTTQ xã đã hoàn thành tiếp xúc cử tri sau kỳ họp thứ 11 tại 5 điểm, với 176 lượt cử tri tham dự; cử tri phát biểu 15 ý kiến, tập trung vào thu gom rác thải, tu sửa đường cộ nội đồng và tuần tra phòng chống tội phạm.",
     [F(5, "điểm", "điểm tiếp xúc cử tri đã tổ chức"),
      F(176, "lượt", "lượt cử tri tham dự tiếp xúc"),
      F(15, "ý kiến", "ý kiến cử tri phát biểu")],
     "http://phutan.angiang.gov.vn/wps/portal/Home/chi-tiet/!ut/p/z0/fYzLCoMwEEW_xqXMJFExS6EUbLvoY6OzKRMjNa2MCrH08yv9gO7uORwuEDRAwu_w4Bgm4XHjloq7tbsaj5k64dnu8VLfECt11cogHID-B9tDeC4LVUDdJLH_RGjmYY0sY3AJ_pzEBAc_ePGrE58gsu-cYUxdrk2aodZpqQq9LVtqU-QluxzmF7VfphvLFQ!!/"),
    ("news", "xa",
     "Chiều 14/9/2021, đại biểu HĐND huyện Đức Linh tiếp xúc cử tri xã Trà Tân; do dịch Covid-19, buổi tiếp xúc không quá 10 cử tri. Cử tri nêu 6 ý kiến, kiến nghị; đại biểu trả lời trực tiếp 2 ý kiến, 4 ý kiến còn lại được tiếp thu để trả lời trong lần tiếp xúc sau.",
     [F(6, "ý kiến", "ý kiến, kiến nghị của cử tri"),
      F(2, "ý kiến", "ý kiến được trả lời trực tiếp"),
      F(4, "ý kiến", "ý kiến được tiếp thu, trả lời sau")],
     "https://duclinh.binhthuan.gov.vn/xa-tra-tan/dai-bieu-hoi-dong-nhan-dan-huyen-tiep-xuc-cu-tri-xa-tra-tan-605499"),
    ("news", "huyen",
     "Từ ngày 16/7 đến 19/7/2019, Thường trực HĐND huyện Chợ Đồn phối hợp với Ban Thường trực Ủy ban MTTQ huyện tổ chức cho đại biểu tiếp xúc cử tri sau kỳ họp thứ 8 tại 08 đơn vị bầu cử; trung bình mỗi điểm có khoảng 50-60 cử tri tham gia, qua tổng hợp có trên 75 lượt cử tri phát biểu.",
     [F(8, "đơn vị", "đơn vị bầu cử đã tổ chức tiếp xúc cử tri", "huyen"),
      F(75, "lượt", "lượt cử tri phát biểu", "huyen", approx=True)],
     "https://hdnd.backan.gov.vn/Pages/tin-tuc-hoat-dong-157/tin-hdnd-huyen-thanh-pho-173/cho-don-dai-bieu-hdnd-huyen-ti-9d3e489fa22f1c69.aspx"),
    ("news", "xa",
     "Theo kế hoạch, đại biểu HĐND xã Kon Đào sẽ tổ chức tiếp xúc cử tri trước kỳ họp thường lệ cuối năm 2025 tại tất cả các thôn trên địa bàn, trong đó có 06 điểm kết hợp tiếp xúc cử tri hai cấp (HĐND tỉnh và HĐND xã).",
     [],
     "https://kondao.quangngai.gov.vn/tin-tuc/thong-tin-chi-dao-dieu-hanh/thong-bao-thoi-gian-dia-diem-tiep-xuc-cu-tri-cua-dai-bieu-hdnd-xa-truoc-ky-hop-thuong-le-cuoi-nam-2025-hdnd-xa-khoa-xiv-.html"),
    # ---------------- SYNTHETIC ----------------
    ("report", "xa",
     "Quý IV/2025, Trung tâm Phục vụ hành chính công phường Hạc Thành tiếp nhận 9.437 hồ sơ TTHC, trong đó 8.206 hồ sơ nộp trực tuyến, chiếm 86,96%.",
     [F(9437, "hồ sơ", "hồ sơ TTHC tiếp nhận", code="BM7-6.4.1"),
      F(8206, "hồ sơ", "hồ sơ nộp trực tuyến", code="BM7-6.4.2"),
      F(86.96, "%", "tỷ lệ hồ sơ nộp trực tuyến", code="BM7-6.4")],
     "synthetic: phường Hạc Thành (Thanh Hóa), 2025-Q4"),
    ("report", "xa",
     "Trong kỳ, phường đã giải quyết xong 9.121 hồ sơ, trong đó 9.052 hồ sơ trước và đúng hạn, đạt 99,24%; còn 69 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai.",
     [F(9121, "hồ sơ", "hồ sơ đã giải quyết", code="BM3-3.3.1"),
      F(9052, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", code="BM3-3.3.2"),
      F(99.24, "%", "tỷ lệ giải quyết trước và đúng hạn", code="BM3-3.3"),
      F(69, "hồ sơ", "hồ sơ trễ hạn")],
     "synthetic: phường Hạc Thành (Thanh Hóa), 2025-Q4"),
    ("report", "xa",
     "9 tháng năm 2026, UBND đặc khu Lý Sơn tiếp nhận 43 phản ánh, kiến nghị về quy định hành chính, đã xử lý xong 41 phản ánh, kiến nghị, đạt 95,35%; đặc khu phấn đấu đến cuối năm xử lý 100% phản ánh, kiến nghị đúng thời hạn.",
     [F(43, "PAKN", "PAKN tiếp nhận", code="BM3-3.4.1"),
      F(41, "PAKN", "PAKN đã xử lý xong", code="BM3-3.4.2"),
      F(95.35, "%", "tỷ lệ PAKN đã xử lý xong", code="BM3-3.4")],
     "synthetic: đặc khu Lý Sơn (Quảng Ngãi), 2026-9M"),
    ("report", "xa",
     "Từ ngày 01/7 đến 31/12/2025, UBND xã Tam Nông ban hành 17 văn bản chỉ đạo, điều hành công tác cải cách hành chính; Kế hoạch CCHC năm 2025 của xã đề ra 31 nhiệm vụ, đến nay đã hoàn thành 27 nhiệm vụ, đạt 87,10%.",
     [F(17, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", code="BM1-1"),
      F(31, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", code="BM1-2.1"),
      F(27, "nhiệm vụ", "nhiệm vụ đã hoàn thành", code="BM1-2.2"),
      F(87.10, "%", "tỷ lệ hoàn thành kế hoạch CCHC", code="BM1-2")],
     "synthetic: xã Tam Nông (Phú Thọ), 2025-07-01/2025-12-31"),
    ("report", "huyen",
     "Năm 2024, Bộ phận Một cửa huyện Tiên Du đã giải quyết 14.583 hồ sơ, trong đó 14.491 hồ sơ đúng hạn, đạt 99,37%, giảm 0,3% so với năm 2023.",
     [F(14583, "hồ sơ", "hồ sơ đã giải quyết", "huyen", code="BM3-3.2.1"),
      F(14491, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", code="BM3-3.2.2"),
      F(99.37, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2")],
     "synthetic: huyện Tiên Du (Bắc Ninh), 2024"),
    ("report", "xa",
     "6 tháng đầu năm 2026, kế hoạch vốn đầu tư công giao cho đặc khu Vân Đồn là 312,6 tỷ đồng; đến ngày 30/6, đặc khu đã giải ngân 187,4 tỷ đồng, đạt 59,95% kế hoạch.",
     [F(312.6, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", code="BM6-1.1"),
      F(187.4, "tỷ đồng", "vốn đầu tư công đã giải ngân", code="BM6-1.2"),
      F(59.95, "%", "tỷ lệ giải ngân so với kế hoạch", code="BM6-1")],
     "synthetic: đặc khu Vân Đồn (Quảng Ninh), 2026-H1"),
    ("report", "xa",
     "Tháng 3/2026, tỷ lệ văn bản điện tử có ký số được gửi, nhận trên hệ thống quản lý văn bản của UBND xã Đông Anh đạt 97,83%; UBND xã đã ký số và phát hành 1.462 văn bản, bình quân mỗi ngày khoảng 66 văn bản.",
     [F(97.83, "%", "tỷ lệ văn bản điện tử có ký số", code="BM7-5.2.3"),
      F(1462, "văn bản", "văn bản đã ký số và phát hành")],
     "synthetic: xã Đông Anh (Hà Nội), 2026-M03"),
]

SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
KINDS = {"report", "news"}


def main():
    codes = set()
    with open(CATALOG, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            codes.add(f"BM{r['form']}-{r['code']}")
    used = set()
    for p in glob.glob(f"{EARLIER}/*/*/sources_by_case.tsv"):
        with open(p, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) > 1:
                    used.add(parts[1].strip())
    rows, srcs, texts = [], [], set()
    n_real = n_facts = n_coded = n_real_facts = n_real_coded = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H36-B-{i:03d}"
        assert kind in KINDS and level in LEVELS, cid
        assert unicodedata.normalize("NFC", text) == text, cid
        assert text not in texts, cid
        texts.add(text)
        real = not src.startswith("synthetic:")
        if real:
            assert src.startswith("http"), cid
            assert src not in used, (cid, src)
        for fa in facts:
            assert set(fa) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert isinstance(fa["value"], (int, float)) and not isinstance(fa["value"], bool), cid
            assert fa["scope"] in SCOPES, cid
            assert isinstance(fa["approx"], bool), cid
            assert fa["code"] == "" or fa["code"] in codes, (cid, fa["code"])
            assert unicodedata.normalize("NFC", fa["measure"]) == fa["measure"], cid
        n_facts += len(facts)
        c = sum(1 for fa in facts if fa["code"])
        n_coded += c
        if real:
            n_real += 1
            n_real_facts += len(facts)
            n_real_coded += c
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append(f"{cid}\t{src}")
    assert n_real / len(CASES) >= 0.6
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(srcs) + "\n")
    # re-read
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
        back = list(csv.DictReader(f))
    assert len(back) == len(CASES)
    for r in back:
        json.loads(r["facts"])
    empty = sum(1 for c in CASES if not c[3])
    approx = sum(1 for c in CASES for fa in c[3] if fa["approx"])
    print(f"OK cases={len(CASES)} real={n_real} synthetic={len(CASES)-n_real} facts={n_facts} "
          f"(real {n_real_facts}) coded={n_coded} (real {n_real_coded}) empty={empty} approx={approx}")


if __name__ == "__main__":
    main()
