"""Report specs h05-h08."""
from model import TB, Table, Report, V, pct


def h05():
    # phường, monthly report, "Trong tháng | Lũy kế" (gold = Trong tháng)
    cols = ["Trong tháng", "Lũy kế"]
    b1 = TB(1, dots=True)
    b1.r("1", [V(2, "02"), V(9, "09")], label="Số văn bản chỉ đạo CCHC đã ban hành")
    b1.r("2", [None, pct(17, 29)], label="Tỷ lệ hoàn thành Kế hoạch CCHC (lũy kế)")
    b1.r("2.1", [None, 29])
    b1.r("2.2", [V(3, "03"), 17])
    b1.r("7", ["Không", "Có"], label="Tổ chức đối thoại giữa lãnh đạo với người dân, doanh nghiệp",
         unit="Không = 0; Có = 1", note="Đối thoại tháng 9/2025")
    t1 = Table(1, "Biểu mẫu 1", "Công tác chỉ đạo điều hành CCHC", "multi", cols, 0, b1.rows,
               period_label="Số liệu", label_head="Nội dung")

    b3 = TB(3, dots=True)
    b3.g("1")
    b3.r("1.4.3", [None, 322], label="Số TTHC cấp xã (gồm TTHC ngành dọc) thuộc thẩm quyền giải quyết")
    b3.g("3")
    b3.r("3.3", [pct(1851, 1863), pct(8917, 8990)],
         label="Tỷ lệ hồ sơ TTHC do UBND phường tiếp nhận được giải quyết đúng hạn")
    b3.r("3.3.1", [1863, 8990], p="1.", label="Tổng số HS đã giải quyết xong")
    b3.r("3.3.2", [1851, 8917], p="2.", label="Số HS giải quyết đúng hạn", note="12 HS trễ hạn đã xin lỗi người dân")
    b3.r("3.4", [None, 100], label="Tỷ lệ giải quyết PAKN về quy định TTHC")
    b3.r("3.4.1", [0, V(4, "04")], p="1.", label="Số PAKN đã tiếp nhận")
    b3.r("3.4.2", [0, V(4, "04")], p="2.", label="Số PAKN đã giải quyết xong")
    t3 = Table(3, "Biểu mẫu 3", "Cải cách thủ tục hành chính", "multi", cols, 0, b3.rows,
               period_label="Số liệu", label_head="Nội dung")

    b7 = TB(7, dots=True)
    b7.r("3", [100, 100])
    b7.r("5.2.3", [99.12, 98.7], label="Tỷ lệ văn bản điện tử của UBND phường (gửi hoàn toàn dưới dạng điện tử)")
    b7.g("6", label="Dịch vụ công trực tuyến")
    b7.r("6.4", [pct(1528, 1894), pct(7066, 9203)], label="Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến")
    b7.r("6.4.1", [1894, 9203], p="1.", label="Tổng số HS tiếp nhận (trực tiếp và trực tuyến)")
    b7.r("6.4.2", [1528, 7066], p="2.", label="Số HS tiếp nhận trực tuyến")
    t7 = Table(7, "Biểu mẫu 7", "Chính quyền điện tử, chính quyền số", "multi", cols, 0, b7.rows,
               period_label="Số liệu", label_head="Nội dung")
    rep = Report(
        rid="h05", issuer=["ỦY BAN NHÂN DÂN", "PHƯỜNG RẠCH GIÁ"], number="96/BC-UBND",
        place_date="Rạch Giá, ngày 26 tháng 11 năm 2025",
        title=["BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính tháng 11 năm 2025"],
        paras=["Ủy ban nhân dân phường Rạch Giá báo cáo kết quả công tác cải cách hành chính tháng 11 năm 2025 "
               "(số liệu lũy kế tính từ ngày 01/7/2025, thời điểm phường chính thức hoạt động) như sau:",
               "Trong tháng, Bộ phận Một cửa phường tiếp nhận 1.894 hồ sơ, trong đó 1.528 hồ sơ trực tuyến, đạt "
               "80,68%; giải quyết đúng hạn 1.851/1.863 hồ sơ, đạt 99,36%."],
        tables=[t1, t3, t7],
        annex_title=["SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH THÁNG 11/2025",
                     "(Kèm theo Báo cáo số 96/BC-UBND ngày 26/11/2025 của UBND phường Rạch Giá)"],
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Huỳnh Thị Mỹ Dung"],
        unit="phường Rạch Giá, tỉnh An Giang", period="2025-M11", issue_date="2025-11-26",
        opts=dict(docx_header="table"),
    )
    return rep


def h06():
    # xã, quý I/2026, seed-002 layout; rl.pdf without ruling lines
    b3 = TB(3, dots=True)
    b3.g("1", label="Thống kê TTHC")
    b3.r("1.1", None)
    b3.r("1.2", "Không")
    b3.r("1.3", "Không")
    b3.r("1.4", 318, label="Tổng số TTHC thuộc thẩm quyền giải quyết của xã")
    b3.r("1.4.3", 318, p="3.", italic=True, label="Số TTHC cấp xã (bao gồm TTHC của cơ quan ngành dọc)",
         note="14 TTHC ngành dọc")
    b3.g("2")
    b3.r("2.1", V(6, "06"))
    b3.r("2.2", 17)
    b3.r("2.3", "x")
    b3.g("3", label="Kết quả giải quyết TTHC")
    b3.r("3.3", pct(2631, 2644), label="Tỷ lệ hồ sơ TTHC do UBND xã tiếp nhận được giải quyết đúng hạn")
    b3.r("3.3.1", 2644, p="1.", italic=True, label="Tổng số hồ sơ TTHC đã giải quyết xong")
    b3.r("3.3.2", 2631, p="2.", italic=True, label="Số hồ sơ TTHC giải quyết đúng hạn")
    b3.r("3.4", None, label="Tỷ lệ giải quyết phản ánh, kiến nghị về quy định TTHC")
    b3.r("3.4.1", 0, p="1.", italic=True)
    b3.r("3.4.2", 0, p="2.", italic=True)
    t3 = Table(3, "Biểu mẫu 3", "Cải cách thủ tục hành chính", "s002", ["Số liệu"], 0, b3.rows,
               label_head="Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)")

    b5 = TB(5, dots=True)
    b5.g("1")
    b5.r("1.1", V(1, "01"), label="Số cơ quan hành chính đã được phê duyệt vị trí việc làm")
    b5.r("1.2", V(5, "05"), label="Số đơn vị sự nghiệp đã được phê duyệt vị trí việc làm")
    b5.r("1.3", 0)
    b5.g("2")
    b5.r("2.1", V(3, "03"), label="Số công chức được tuyển dụng (xét tuyển)")
    b5.r("2.4", "Chưa", note="Chờ chỉ tiêu của tỉnh")
    b5.r("4", 0)
    t5 = Table(5, "Biểu mẫu 5", "Cải cách chế độ công vụ", "s002", ["Số liệu"], 0, b5.rows,
               label_head="Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)")

    b7 = TB(7, dots=True)
    b7.r("3", V(100, "100%"))
    b7.g("5")
    b7.r("5.1.3", 100, label="Tỷ lệ kết nối, liên thông hệ thống quản lý văn bản của UBND xã với UBND tỉnh")
    b7.r("5.2.3", 96.5, label="Tỷ lệ sử dụng văn bản điện tử của UBND xã")
    b7.r("5.3.3", 100, label="Kết nối liên thông với Hệ thống thông tin giải quyết TTHC của tỉnh")
    b7.g("6")
    b7.r("6.4", pct(1903, 2712), label="Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến")
    b7.r("6.4.1", 2712, p="1.", italic=True, label="Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)")
    b7.r("6.4.2", 1903, p="2.", italic=True, label="Số hồ sơ TTHC đã tiếp nhận trực tuyến")
    b7.r("6.5", pct(41, 58), label="Tỷ lệ TTHC đã triển khai thanh toán trực tuyến")
    b7.r("6.5.1", 58, p="1.", italic=True, label="Tổng số TTHC có nghĩa vụ tài chính")
    b7.r("6.5.2", 41, p="2.", italic=True, label="Số TTHC đã tích hợp thanh toán trực tuyến")
    t7 = Table(7, "Biểu mẫu 7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "s002", ["Số liệu"], 0,
               b7.rows, label_head="Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)")

    rep = Report(
        rid="h06", issuer=["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"], number="27/BC-UBND",
        place_date="Hòa Bình, ngày 16 tháng 3 năm 2026",
        title=["BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026"],
        paras=["Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân tỉnh Cà Mau, Ủy ban nhân dân "
               "xã Hòa Bình báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2026 như sau:",
               "Trong quý, xã đã giải quyết xong 2.644 hồ sơ thủ tục hành chính, trong đó đúng hạn 2.631 hồ sơ, "
               "đạt 99,51%; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 70,17%."],
        tables=[t3, t5, t7],
        annex_title=["PHỤ LỤC", "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH ĐỊNH KỲ",
                     "Thời gian: Quý I năm 2026",
                     "(Ban hành kèm theo Báo cáo số 27/BC-UBND ngày 16/3/2026 của Ủy ban nhân dân xã Hòa Bình)"],
        signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lâm Văn Tuấn"],
        unit="xã Hòa Bình, tỉnh Cà Mau", period="2026-Q1", issue_date="2026-03-16",
        opts=dict(docx_header="paragraphs", xlsx_numbers="text"),
    )
    rep.caption = rep.annex_title[-1]
    return rep


def h07():
    # one summary table with local roman groups whose rows belong to forms 1, 3 and 7; plus Biểu mẫu 5
    s = TB(1)
    s.roman("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    s.r("1", 11, label="Văn bản chỉ đạo, điều hành về CCHC đã ban hành", form=1)
    s.r("2", pct(24, 25), label="Tỷ lệ hoàn thành Kế hoạch CCHC năm 2025", form=1)
    s.r("2.1", 25, label="Nhiệm vụ đề ra trong kế hoạch", form=1)
    s.r("2.2", 24, label="Nhiệm vụ đã hoàn thành", form=1, note="01 nhiệm vụ chuyển sang năm 2026")
    s.r("6", "Có", label="Khảo sát sự hài lòng của người dân, tổ chức", unit="Có/Không", form=1)
    s.r("6.1", 850, label="Số phiếu khảo sát", form=1)
    s.r("7", "Có", label="Tổ chức đối thoại với người dân, doanh nghiệp", unit="Có/Không", form=1)
    s.roman("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    s.r("1.4.3", 319, label="Số TTHC cấp xã thuộc thẩm quyền giải quyết (gồm ngành dọc)", form=3)
    s.r("2.3", 214, label="Số TTHC giải quyết không phụ thuộc địa giới hành chính", form=3)
    s.r("3.3", pct(5207, 5233), label="Tỷ lệ HS TTHC do UBND phường tiếp nhận được giải quyết đúng hạn", form=3)
    s.r("3.3.1", 5233, label="Tổng số HS TTHC đã giải quyết xong", form=3)
    s.r("3.3.2", 5207, label="Số HS TTHC giải quyết đúng hạn", form=3)
    s.r("3.4", 100, label="Tỷ lệ giải quyết PAKN về quy định TTHC", form=3)
    s.r("3.4.1", V(2, "02"), label="Số PAKN đã tiếp nhận", form=3)
    s.r("3.4.2", V(2, "02"), label="Số PAKN đã giải quyết xong", form=3)
    s.roman("III", "CHÍNH QUYỀN SỐ")
    s.r("3", 100, label="Tỷ lệ báo cáo định kỳ gửi, nhận qua Hệ thống thông tin báo cáo", form=7)
    s.r("5.2.3", 98.81, label="Tỷ lệ văn bản điện tử của UBND phường", form=7)
    s.r("6.4", pct(4480, 5396), label="Tỷ lệ HS TTHC tiếp nhận trực tuyến", form=7)
    s.r("6.4.1", 5396, label="Tổng số HS tiếp nhận (trực tiếp và trực tuyến)", form=7)
    s.r("6.4.2", 4480, label="Số HS tiếp nhận trực tuyến", form=7)
    s.r("6.5.2", 63, label="Số TTHC đã triển khai thanh toán trực tuyến", form=7, note="Trên Cổng DVC quốc gia")
    ts = Table(None, None, None, "flat", ["Số liệu"], 0, s.rows, label_head="Nội dung",
               caption_above="BẢNG TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2025", sheet="Tong hop")

    b5 = TB(5)
    b5.g("2")
    b5.r("2.1", V(2, "02"), label="Số CC được tuyển dụng")
    b5.r("2.3", 0)
    b5.r("2.4", None)
    b5.r("3", 0)
    b5.r("4", V(1, "01"), label="Số CB, CC, VC bị kỷ luật (cả về Đảng và chính quyền)", unit="Người")
    t5 = Table(5, "Biểu mẫu 5", "Cải cách chế độ công vụ", "flat", ["Số liệu"], 0, b5.rows, label_head="Nội dung")

    rep = Report(
        rid="h07", issuer=["ỦY BAN NHÂN DÂN", "PHƯỜNG PHƯỚC HẬU"], number="315/BC-UBND",
        place_date="Phước Hậu, ngày 12 tháng 12 năm 2025",
        title=["BÁO CÁO", "Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026"],
        paras=["Ủy ban nhân dân phường Phước Hậu, tỉnh Vĩnh Long báo cáo kết quả công tác cải cách hành chính "
               "năm 2025 như sau:",
               "Năm 2025, phường hoàn thành 24/25 nhiệm vụ của Kế hoạch CCHC, đạt 96%; giải quyết đúng hạn "
               "5.207/5.233 hồ sơ, đạt 99,5%. Số liệu tổng hợp tại bảng dưới đây."],
        tables=[ts, t5],
        annex_title=[],
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Võ Thanh Hải"],
        unit="phường Phước Hậu, tỉnh Vĩnh Long", period="2025", issue_date="2025-12-12",
        opts=dict(docx_header="table"),
    )
    return rep


def h08():
    # pre-merger province, year 2024; two statistics tables carry no "Biểu mẫu" heading
    b1 = TB(1)
    b1.r("1", 14)
    b1.r("2", pct(47, 47))
    b1.r("2.1", 47)
    b1.r("2.2", 47)
    b1.g("3")
    b1.r("3.1", 9)
    b1.r("3.2", 7, label="Số UBND huyện, thị xã, thành phố đã kiểm tra")
    b1.r("3.3", pct(31, 34))
    b1.r("3.3.1", 34)
    b1.r("3.3.2", 31)
    b1.g("5")
    b1.r("5.1", 52)
    b1.r("5.2", 49)
    b1.r("5.3", 3)
    b1.r("5.4", 0)
    b1.r("6", 1, unit="Có = 1; Không = 0")
    b1.r("6.1", 11250)
    b1.r("6.2", 2, unit="Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2")
    b1.r("7", 1, unit="Không = 0; Có = 1")
    t1 = Table(1, "Biểu mẫu 1", "Công tác chỉ đạo điều hành CCHC", "flat", ["Số liệu"], 0, b1.rows,
               label_head="Nội dung")

    b3 = TB(3)
    b3.r("3.1", pct(158226, 158907), label="Tỷ lệ hồ sơ do các sở, ngành tiếp nhận giải quyết đúng hạn")
    b3.r("3.1.1", 158907, label="Tổng số hồ sơ đã giải quyết xong")
    b3.r("3.1.2", 158226, label="Số hồ sơ giải quyết đúng hạn")
    b3.r("3.2", pct(80417, 80993), label="Tỷ lệ hồ sơ do UBND cấp huyện tiếp nhận giải quyết đúng hạn")
    b3.r("3.2.1", 80993, label="Tổng số hồ sơ đã giải quyết xong")
    b3.r("3.2.2", 80417, label="Số hồ sơ giải quyết đúng hạn")
    b3.r("3.3", pct(96841, 97160), label="Tỷ lệ hồ sơ do UBND cấp xã tiếp nhận giải quyết đúng hạn")
    b3.r("3.3.1", 97160, label="Tổng số hồ sơ đã giải quyết xong")
    b3.r("3.3.2", 96841, label="Số hồ sơ giải quyết đúng hạn")
    b3.r("3.4", pct(88, 92), label="Tỷ lệ giải quyết phản ánh, kiến nghị về quy định TTHC")
    b3.r("3.4.1", 92, label="Tổng số PAKN đã tiếp nhận")
    b3.r("3.4.2", 88, label="Số PAKN đã giải quyết xong")
    t3 = Table(3, None, None, "flat", ["Số liệu"], 0, b3.rows, label_head="Nội dung",
               caption_above="Bảng 1. Kết quả giải quyết thủ tục hành chính năm 2024", sheet="Bang 1")

    b7 = TB(7)
    b7.r("6.1", pct(1187, 1187), label="Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3")
    b7.r("6.1.1", 1187)
    b7.r("6.1.2", 1187)
    b7.r("6.1.3", 604)
    b7.r("6.2", pct(902, 941), label="Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 4")
    b7.r("6.2.1", 941)
    b7.r("6.2.2", 902)
    b7.r("6.2.3", 455)
    b7.r("6.3", pct(2052, 2089))
    b7.r("6.3.1", 2089)
    b7.r("6.3.2", 2052)
    b7.r("6.4", pct(201774, 336958))
    b7.r("6.4.1", 336958)
    b7.r("6.4.2", 201774)
    t7 = Table(7, None, None, "flat", ["Số liệu"], 0, b7.rows, label_head="Nội dung",
               caption_above="Bảng 2. Kết quả cung cấp dịch vụ công trực tuyến năm 2024", sheet="Bang 2")

    rep = Report(
        rid="h08", issuer=["ỦY BAN NHÂN DÂN", "TỈNH BẠC LIÊU"], number="468/BC-UBND",
        place_date="Bạc Liêu, ngày 16 tháng 12 năm 2024",
        title=["BÁO CÁO", "Công tác cải cách hành chính năm 2024 của tỉnh Bạc Liêu"],
        paras=["Ủy ban nhân dân tỉnh Bạc Liêu báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024 "
               "như sau:",
               "Năm 2024, tỉnh hoàn thành 47/47 nhiệm vụ của Kế hoạch cải cách hành chính; các cơ quan, đơn vị "
               "trên địa bàn tỉnh giải quyết xong 337.060 hồ sơ thủ tục hành chính. Kết quả chi tiết được tổng "
               "hợp tại Biểu mẫu 1 và các bảng số liệu dưới đây."],
        tables=[t1, t3, t7],
        annex_title=["SỐ LIỆU THỐNG KÊ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                     "(Kèm theo Báo cáo số 468/BC-UBND ngày 16 tháng 12 năm 2024 của Ủy ban nhân dân tỉnh Bạc Liêu)"],
        signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phạm Văn Thiều"],
        unit="tỉnh Bạc Liêu (before the 2025 merger)", period="2024", issue_date="2024-12-16",
        opts=dict(docx_header="table", xlsx_numbers="numbers"),
    )
    rep.caption = rep.annex_title[-1]
    return rep
